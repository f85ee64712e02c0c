// Pacing: at most 7 sends per second per conversation, in order; other conversations unaffected.
import { describe, expect, it } from 'vitest';
import { Pacer } from '../../../adapters/teams/pacing.js';

function fakeTiming() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

describe('Pacer', () => {
  it('lets 7 through at once, then one per freed slot, in call order', async () => {
    const timing = fakeTiming();
    const pacer = new Pacer(7, 1000, timing);
    const at: Array<[number, number]> = [];
    await Promise.all(Array.from({ length: 20 }, (_, i) => pacer.run('conv-a', async () => at.push([i, timing.now()]))));
    expect(at.map(([i]) => i)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    for (let i = 0; i + 7 < at.length; i++) expect(at[i + 7]![1] - at[i]![1]).toBeGreaterThanOrEqual(1000);
    expect(at.slice(0, 7).every(([, t]) => t === 0)).toBe(true);
    expect(at[7]![1]).toBe(1000);
  });

  it('keeps conversations apart and survives a failing task', async () => {
    const timing = fakeTiming();
    const pacer = new Pacer(7, 1000, timing);
    await expect(pacer.run('a', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    const times: number[] = [];
    await Promise.all(Array.from({ length: 6 }, () => pacer.run('a', async () => times.push(timing.now()))));
    await Promise.all(Array.from({ length: 7 }, () => pacer.run('b', async () => times.push(timing.now()))));
    expect(times.every((t) => t === 0)).toBe(true);
    await pacer.idle();
  });

  it('real clock: 8 sends to one conversation take about a second', async () => {
    const pacer = new Pacer(7, 200); // a 200 ms window keeps the test short; same logic
    const start = Date.now();
    await Promise.all(Array.from({ length: 8 }, () => pacer.run('c', async () => undefined)));
    expect(Date.now() - start).toBeGreaterThanOrEqual(190);
  });
});
