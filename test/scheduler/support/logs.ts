// A pino logger that keeps its lines, to check what the scheduler logs (and that no message text is in it).
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../../src/log.js';

/** A logger whose output is collected in `lines`. */
export function captureLog(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  return { log: pino({ level: 'debug' }, stream) as unknown as Logger, lines };
}
