// Refuses request bodies over 1 MiB with 413 without parsing them, so Slack can still verify the raw body.
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** The largest request body accepted. */
export const MAX_BODY_BYTES = 1024 * 1024;

type Push = IncomingMessage['push'];

function refuse(res: Response, max: number): void {
  if (res.headersSent) return;
  res.status(413).set('Connection', 'close').json({ error: 'payload_too_large', limitBytes: max });
}

/**
 * A body with Content-Length is judged by the header, before a byte is read. A chunked body has no length:
 * its chunks are held back (by wrapping the stream's push, which Node's HTTP parser calls for each chunk)
 * until it ends. Over the limit it is refused and nothing downstream ever sees it; within the limit
 * the chunks are handed to the stream unchanged and the request continues, so downstream readers
 * (Bolt's raw-body check, express.json in the Teams route) read it as if nothing happened.
 */
export function bodyLimit(max: number = MAX_BODY_BYTES): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const declared = req.headers['content-length'];
    if (declared !== undefined) {
      if (Number(declared) > max) return refuse(res, max);
      return next();
    }
    if (req.headers['transfer-encoding'] === undefined) return next(); // no body
    holdChunked(req, res, next, max);
  };
}

function holdChunked(req: Request, res: Response, next: NextFunction, max: number): void {
  // Chunks that arrived before this middleware ran are already in the stream's buffer.
  let size = req.readableLength;
  if (size > max) return refuse(res, max);
  if (req.complete) return next();
  const original: Push = req.push.bind(req);
  const held: Array<{ chunk: unknown; encoding?: BufferEncoding }> = [];
  let state: 'holding' | 'passed' | 'refused' = 'holding';
  const onClose = () => { if (state === 'holding') { state = 'refused'; held.length = 0; } };
  req.once('close', onClose);
  req.push = ((chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (state === 'passed') return original(chunk, encoding);
    if (state === 'refused') return true; // dropped: the answer was 413
    if (chunk === null) {
      state = 'passed';
      req.push = original;
      req.off('close', onClose);
      for (const h of held) original(h.chunk, h.encoding);
      held.length = 0;
      original(null);
      setImmediate(next); // leave the HTTP parser's call stack before running handlers
      return true;
    }
    size += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : (chunk as Uint8Array).length;
    if (size > max) {
      state = 'refused';
      held.length = 0;
      refuse(res, max);
      return true;
    }
    held.push({ chunk, encoding });
    return true;
  }) as Push;
}
