/**
 * The second thread of the Schur form (linalg/reflector-stream.ts) fails safe: a worker that reports
 * a failure, or one that makes no progress (crashed, or stuck), makes `finish` return null (the caller then computes Qᵀ itself)
 * within the stall limit, never a hang; a worker that works returns Qᵀ = the product of the records.
 */
import { describe, it, expect } from 'vitest';
import { ReflectorStream, REFLECTOR2, STREAM_MIN_SIZE } from '../../src/numeric/linalg/reflector-stream.js';

const n = STREAM_MIN_SIZE;

function publishRotations(stream: ReflectorStream, count: number): void {
  for (let r = 0; r < count; r++) {
    const o = stream.slot();
    // The 2-row record with x = 1, y = 0, q = 0 on rows (k, k+1): p = row k, row k −= p (zeroed), row k+1 unchanged.
    stream.ring[o] = REFLECTOR2;
    stream.ring[o + 1] = r % (n - 1);
    stream.ring[o + 2] = 1;
    stream.ring[o + 3] = 0;
    stream.ring[o + 4] = 0;
    stream.publish();
  }
}

describe('reflector stream', () => {
  it('applies the records: x = 1, y = 0 zeroes row k of Qᵀ (p = row k; row k −= p)', () => {
    const stream = ReflectorStream.open(n);
    if (stream === null) return; // one core: no second thread to test
    publishRotations(stream, 3);
    const qt = stream.finish();
    expect(qt).not.toBeNull();
    for (let k = 0; k < 3; k++) expect(Array.from(qt!.subarray(k * n, (k + 1) * n)).every((v) => v === 0)).toBe(true);
    expect(qt![3 * n + 3]).toBe(1);
  });
  it('a worker that reports a failure (its program caught an exception): finish returns null at once', () => {
    const stream = ReflectorStream.open(n, `const { workerData } = require('node:worker_threads'); const c = new Int32Array(workerData.control); Atomics.store(c, 2, 4); Atomics.notify(c, 1);`);
    if (stream === null) return;
    publishRotations(stream, 10);
    const start = Date.now();
    expect(stream.finish()).toBeNull();
    expect(Date.now() - start).toBeLessThan(2000);
  });
  it('a worker that never makes progress: finish returns null after the stall limit, no hang', () => {
    const stream = ReflectorStream.open(n, `setInterval(() => {}, 1000);`);
    if (stream === null) return;
    publishRotations(stream, 10);
    const start = Date.now();
    expect(stream.finish()).toBeNull();
    expect(Date.now() - start).toBeLessThan(10_000);
  }, 20_000);
});
