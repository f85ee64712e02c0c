// Structured logging (pino). Log codes and ids, never user-typed text or tokens.
import pino from 'pino';

/** The process logger; LOG_LEVEL sets the level (default info, silent under vitest). */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  redact: { paths: ['token', '*.token', 'authorization', '*.authorization', 'password', '*.password', 'text', '*.text'], censor: '[redacted]' },
  base: { app: 'verzuimbot' },
});

/** Logger type for ports that accept one. */
export type Logger = typeof log;
