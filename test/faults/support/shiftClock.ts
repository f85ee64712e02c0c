// Test-only preload (node --import): moves this process's clock by VERZUIMBOT_TEST_CLOCK_OFFSET_MS, so a server
// started on a Sunday night lives on a working-day morning and its scheduler sends reminders. Only `Date` moves
// (new Date(), Date.now()); timers and performance.now() run at real speed.
const offset = Number(process.env.VERZUIMBOT_TEST_CLOCK_OFFSET_MS ?? 0);
if (offset) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}
export {};
