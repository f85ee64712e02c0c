// The ack benchmark's latency figures: coordinated-omission correction at the intended interval, and percentiles.
import { describe, expect, it } from 'vitest';
import { correctedLatencies, quantile } from '../../bench/ack/load.js';

describe('correctedLatencies', () => {
  it('adds one value per intended interval a slow answer held back', () => {
    // 64 ms interval (500/s over 32 connections): a 200 ms answer held back three sends (136, 72; 8 < 64 stops).
    expect(correctedLatencies([5, 200], 64)).toEqual([5, 72, 136, 200]);
  });

  it('adds nothing for answers faster than the interval', () => {
    expect(correctedLatencies([3, 1, 2], 160)).toEqual([1, 2, 3]);
  });

  it('shows why a 1 ms interval lets one stall own the p99', () => {
    const answers = [...Array<number>(990).fill(5), 300];
    expect(quantile(correctedLatencies(answers, 64), 0.99)).toBe(5);
    expect(quantile(correctedLatencies(answers, 1), 0.99)).toBeGreaterThan(200);
  });
});

describe('quantile', () => {
  it('takes the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(xs, 0.5)).toBe(50);
    expect(quantile(xs, 0.99)).toBe(99);
    expect(quantile(xs, 1)).toBe(100);
    expect(quantile([], 0.99)).toBe(0);
  });
});
