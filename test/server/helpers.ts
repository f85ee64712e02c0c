// Helpers for server tests: a silent or captured logger, a tmp database, raw HTTP requests.
import { request } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../src/log.js';

/** A logger whose JSON lines land in `lines`. */
export function capturedLog(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      cb();
    },
  });
  return { log: pino({ level: 'info' }, sink) as unknown as Logger, lines };
}

/** Result of a raw request. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends a request with node:http so the test controls framing: `body` chunks are written one by one
 * (chunked unless a content-length header is given); `sendBody: false` sends only the headers.
 */
export function rawRequest(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; chunks?: Buffer[]; sendBody?: boolean },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    // The server may answer 413 and close while we are still writing; the answer counts, not the write.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
    });
    if (opts.sendBody === false) {
      req.flushHeaders();
      return;
    }
    const write = (i: number): void => {
      const chunks = opts.chunks ?? [];
      if (i >= chunks.length) return void req.end();
      if (req.destroyed) return;
      req.write(chunks[i], () => setImmediate(() => write(i + 1)));
    };
    write(0);
  });
}
