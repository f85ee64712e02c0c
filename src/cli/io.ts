// Shared CLI plumbing: the exit-code contract (0 done, 1 failed, 2 bad input) and output helpers.

/** Bad input: exit 2 with a one-line message naming the argument, nothing on stdout. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Streams a command writes to (injectable for tests). */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** A CLI command: returns its exit code, throws UsageError for bad input. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Writes one JSON document and a newline. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(JSON.stringify(value) + '\n');
}
