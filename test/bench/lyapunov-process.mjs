#!/usr/bin/env node
// Whole-process twin of scipy_lyapunov.py: the same A and D file, openmoments' Bartels–Stewart solver.
//   node test/bench/lyapunov-process.mjs FILE.bin n        (after npm run build)
import { readFileSync } from 'node:fs';
import { solveLyapunov } from '../../dist/src/numeric/linalg/lyapunov.js';

const [path, nText] = process.argv.slice(2);
const n = Number(nText);
const bytes = readFileSync(path);
const all = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
const r = solveLyapunov(all.slice(0, n * n), all.slice(n * n, 2 * n * n), n);
if (r.kind !== 'solved') throw new Error(r.kind);
let trace = 0;
for (let i = 0; i < n; i++) trace += r.x[i * n + i];
console.log(`openmoments n=${n} trace=${trace.toExponential(12)} residual=${r.residual.toExponential(2)}`);
