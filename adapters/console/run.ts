// Reads typed lines from a stream into a console session and writes what it answers; interactive on a
// terminal (prompt, Ctrl+C stops), plain for piped input (tests): every line in order, ending at EOF.
import { createInterface } from 'node:readline';
import type { ConsoleSession } from './session.js';

/** Streams the console reads from and writes to. */
export interface ConsoleStreams {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

/** Runs the session until /quit, Ctrl+C or the end of input. */
export async function runConsole(session: ConsoleSession, streams: ConsoleStreams): Promise<void> {
  const interactive = streams.input.isTTY === true;
  // Each answer ends with a blank line, so turns stay apart.
  const write = (text: string) => { if (text) streams.output.write(`${text.replace(/\n+$/, '')}\n\n`); };
  write(await session.start());
  const rl = createInterface({ input: streams.input, ...(interactive ? { output: streams.output, terminal: true } : { terminal: false }) });
  if (interactive) {
    rl.on('SIGINT', () => rl.close());
    rl.setPrompt(session.prompt());
    rl.prompt();
  }
  for await (const line of rl) {
    const out = await session.input(line);
    write(out.text);
    if (out.quit) break;
    if (interactive) {
      rl.setPrompt(session.prompt());
      rl.prompt();
    }
  }
  rl.close();
}
