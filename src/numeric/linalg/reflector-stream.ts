/**
 * Qᵀ of a real Schur decomposition accumulated on a second thread. The reduction to Hessenberg form
 * and the Francis QR sweeps (real-schur.ts) update H on the calling thread and write each orthogonal
 * transformation as a record into a shared ring; a worker thread applies the records, in order, to
 * Qᵀ. The two halves of the work are about equal (each reflector touches about n entries of H and
 * n of Qᵀ), so on two cores the Schur form costs about half (docs/performance.md).
 *
 * Records (eight doubles each): [kind, k, …]
 *   HOUSEHOLDER  step m of the Hessenberg reduction, P_m = I − u uᵀ/h: u is row m of the shared
 *                `vectors` (entries m … rec[2]), h = rec[3]; applied when the reduction ends;
 *   REFLECTOR3   rows k, k+1, k+2 by the Francis reflector (x, y, z, q, r);
 *   REFLECTOR2   rows k, k+1 by (x, y, q);
 *   ROTATION     rows k, k+1 by the plane rotation (p, q) that standardises a real pair.
 *
 * Synchronous for the caller: it never waits on its event loop (Atomics.wait only). If the worker
 * does not start or stops making progress, `finish` returns null and the caller computes Qᵀ itself.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export const HOUSEHOLDER = 1;
export const REFLECTOR3 = 3;
export const REFLECTOR2 = 2;
export const ROTATION = 4;
export const RECORD = 8;

/** Control words (Int32): records published, records applied, worker state, heartbeat. */
const HEAD = 0;
const TAIL = 1;
const STATE = 2;
/** Incremented by the worker during long work that applies no record (the Hessenberg accumulation). */
const HEARTBEAT = 3;
const STATE_DONE = 1;
const STATE_FAILED = 2;
/** Records in the ring (4 MB). */
const CAPACITY = 1 << 16;
/** How long the caller waits without the worker making progress before giving up on it. */
const STALL_MS = 3000;

/** Smallest n worth a second thread (its start costs about 20 ms). */
export const STREAM_MIN_SIZE = 160;

interface StreamBuffers {
  readonly n: number;
  readonly capacity: number;
  readonly qt: SharedArrayBuffer;
  readonly vectors: SharedArrayBuffer;
  readonly ring: SharedArrayBuffer;
  readonly control: SharedArrayBuffer;
}

/**
 * The worker's whole program (stringified into an eval'd worker, so it may use nothing outside
 * itself): Qᵀ = I, then every record in order until the caller marks the stream done.
 */
function applyRecords(data: StreamBuffers): void {
  const n = data.n | 0;
  const cap = data.capacity | 0;
  const qt = new Float64Array(data.qt);
  const vectors = new Float64Array(data.vectors);
  const ring = new Float64Array(data.ring);
  const control = new Int32Array(data.control);
  for (let i = 0; i < n; i++) qt[i * n + i] = 1;
  // Qᵀ of the Hessenberg reduction is P_last ⋯ P_1 (P_m the reflector of step m): X ← X P_m for m
  // from the last step down, from X = I. Rows above m of X are still those of I on columns m …, so
  // each step changes rows m … only: 2/3 of the work of applying the reflectors as they come.
  const hessenbergStep = new Int32Array(n);
  const hessenbergEnd = new Int32Array(n);
  const hessenbergH = new Float64Array(n);
  let hessenbergCount = 0;
  const accumulateBackward = (): void => {
    for (let s = hessenbergCount - 1; s >= 0; s--) {
      // A heartbeat: the caller, waiting on a full ring meanwhile, sees that the worker is alive.
      Atomics.add(control, 3, 1);
      const m = hessenbergStep[s]!, end = hessenbergEnd[s]!, h = hessenbergH[s]!;
      const vo = m * n;
      for (let r = m; r < n; r++) {
        const o = r * n;
        let dot = 0;
        for (let j = m; j <= end; j++) dot += qt[o + j]! * vectors[vo + j]!;
        if (dot === 0) continue;
        dot /= h;
        for (let j = m; j <= end; j++) qt[o + j] = qt[o + j]! - dot * vectors[vo + j]!;
      }
    }
  };
  let tail = 0;
  for (;;) {
    const head = Atomics.load(control, 0);
    if (head === tail) {
      if (Atomics.load(control, 2) === 1) {
        if (Atomics.load(control, 0) === tail) break;
        continue;
      }
      Atomics.wait(control, 0, head, 20);
      continue;
    }
    for (; tail < head; tail++) {
      const o = (tail % cap) * 8;
      const kind = ring[o]!;
      // Indices as int32 (read from a Float64Array they would stay doubles, and every access would check them).
      const k = ring[o + 1]! | 0;
      if (kind !== 1 && hessenbergCount > 0) {
        accumulateBackward();
        hessenbergCount = 0;
      }
      const o0 = k * n, o1 = o0 + n, o2 = o1 + n;
      if (kind === 3) {
        const x = ring[o + 2]!, y = ring[o + 3]!, z = ring[o + 4]!, q = ring[o + 5]!, r = ring[o + 6]!;
        for (let i = 0; i < n; i++) {
          const p = x * qt[o0 + i]! + y * qt[o1 + i]! + z * qt[o2 + i]!;
          qt[o2 + i] = qt[o2 + i]! - p * r;
          qt[o0 + i] = qt[o0 + i]! - p;
          qt[o1 + i] = qt[o1 + i]! - p * q;
        }
      } else if (kind === 2) {
        const x = ring[o + 2]!, y = ring[o + 3]!, q = ring[o + 4]!;
        for (let i = 0; i < n; i++) {
          const p = x * qt[o0 + i]! + y * qt[o1 + i]!;
          qt[o0 + i] = qt[o0 + i]! - p;
          qt[o1 + i] = qt[o1 + i]! - p * q;
        }
      } else if (kind === 4) {
        const p = ring[o + 2]!, q = ring[o + 3]!;
        for (let i = 0; i < n; i++) {
          const z = qt[o0 + i]!;
          qt[o0 + i] = q * z + p * qt[o1 + i]!;
          qt[o1 + i] = q * qt[o1 + i]! - p * z;
        }
      } else {
        // A Hessenberg reflector: kept until the reduction ends (backward accumulation).
        hessenbergStep[hessenbergCount] = k;
        hessenbergEnd[hessenbergCount] = ring[o + 2]! | 0;
        hessenbergH[hessenbergCount] = ring[o + 3]!;
        hessenbergCount++;
      }
      if ((tail & 63) === 0) Atomics.store(control, 1, tail);
    }
    Atomics.store(control, 1, tail);
    Atomics.notify(control, 1);
  }
  if (hessenbergCount > 0) accumulateBackward();
  Atomics.store(control, 1, tail);
  Atomics.notify(control, 1);
}

const WORKER_SOURCE = `'use strict';
const { workerData } = require('node:worker_threads');
const control = new Int32Array(workerData.control);
try {
  (${applyRecords.toString()})(workerData);
  Atomics.store(control, ${STATE}, ${STATE_DONE} + 2);
} catch (e) {
  Atomics.store(control, ${STATE}, ${STATE_FAILED} + 2);
}
Atomics.notify(control, ${TAIL});
`;

/** The calling thread's end of the stream. */
export class ReflectorStream {
  /** Row m holds the Householder vector of Hessenberg step m (entries m … end). */
  readonly vectors: Float64Array;
  readonly ring: Float64Array;
  private readonly control: Int32Array;
  private readonly qt: Float64Array;
  private readonly worker: Worker;
  private head = 0;
  private tailSeen = 0;
  private failed = false;

  private constructor(readonly n: number, buffers: StreamBuffers, worker: Worker) {
    this.vectors = new Float64Array(buffers.vectors);
    this.ring = new Float64Array(buffers.ring);
    this.control = new Int32Array(buffers.control);
    this.qt = new Float64Array(buffers.qt);
    this.worker = worker;
  }

  /**
   * A stream with its worker started, or null where a second thread does not pay (small n, one core)
   * or cannot start. `workerSource` replaces the worker's program (tests of the failure paths).
   */
  static open(n: number, workerSource: string = WORKER_SOURCE): ReflectorStream | null {
    if (n < STREAM_MIN_SIZE || availableParallelism() < 2) return null;
    const buffers: StreamBuffers = {
      n,
      capacity: CAPACITY,
      qt: new SharedArrayBuffer(8 * n * n),
      vectors: new SharedArrayBuffer(8 * n * n),
      ring: new SharedArrayBuffer(8 * RECORD * CAPACITY),
      control: new SharedArrayBuffer(16),
    };
    let worker: Worker;
    try {
      worker = new Worker(workerSource, { eval: true, workerData: buffers });
    } catch {
      return null;
    }
    worker.unref();
    // An error after the start shows as a stall (finish then returns null); it must not reach the process.
    worker.on('error', () => undefined);
    return new ReflectorStream(n, buffers, worker);
  }

  /** The offset in `ring` of the next record's eight slots (waits while the ring is full). */
  slot(): number {
    if (this.head - this.tailSeen >= CAPACITY) this.waitForTail(this.head - CAPACITY + 1);
    return (this.head % CAPACITY) * RECORD;
  }

  /** Publishes the record written at the last `slot`. */
  publish(): void {
    this.head++;
    Atomics.store(this.control, HEAD, this.head);
    if ((this.head & 31) === 0) Atomics.notify(this.control, HEAD);
  }

  /** Qᵀ once every record is applied, or null if the worker failed or stalled (the caller then computes it itself). */
  finish(): Float64Array | null {
    // Done producing, unless the worker has already reported its end (a failure).
    Atomics.compareExchange(this.control, STATE, 0, STATE_DONE);
    Atomics.notify(this.control, HEAD);
    if (!this.failed) this.waitForTail(this.head);
    void this.worker.terminate();
    return this.failed ? null : Float64Array.from(this.qt);
  }

  private waitForTail(target: number): void {
    let last = Atomics.load(this.control, TAIL) + Atomics.load(this.control, HEARTBEAT);
    let since = Date.now();
    while (!this.failed) {
      const tail = Atomics.load(this.control, TAIL);
      const progress = tail + Atomics.load(this.control, HEARTBEAT);
      if (tail >= target && (target < this.head || Atomics.load(this.control, STATE) >= STATE_DONE + 2)) {
        this.tailSeen = tail;
        return;
      }
      if (Atomics.load(this.control, STATE) === STATE_FAILED + 2) this.failed = true;
      else if (progress !== last) {
        last = progress;
        since = Date.now();
      } else if (Date.now() - since > STALL_MS) this.failed = true;
      else Atomics.wait(this.control, TAIL, tail, 5);
    }
  }
}
