// The part of autocannon's API the ack benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Percentiles { p50: number; p99: number; max: number; mean: number }
  interface RequestSpec {
    method?: string;
    path?: string;
    body?: string;
    headers?: Record<string, string>;
    setupRequest?: (req: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown>;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    overallRate?: number;
    timeout?: number;
    requests?: RequestSpec[];
  }
  interface Result {
    requests: { total: number };
    latency: Percentiles;
    non2xx: number;
    errors: number;
    timeouts: number;
  }
  /** The running benchmark: a promise of the result that also emits each answer ('response'). */
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', fn: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): Instance;
  }
  function autocannon(opts: Options): Instance;
  export default autocannon;
}
