// The console adapter's public face: a session over the bot, the line runner and the demo database.
export { createConsoleSession, type ConsoleOutput, type ConsoleSession, type ConsoleSessionOptions } from './session.js';
export { consoleTenant, ensureConsolePerson, parseIdentity, type ConsoleIdentity } from './identity.js';
export { runConsole, type ConsoleStreams } from './run.js';
export { DEMO_DATABASE_PATH, openDemoStore } from './demo.js';
