// Interleaved A/B timing of the derive-all benchmark body in one process: a base checkout (its dist at $BASE, built with tsc) against this tree's dist. Min and median of N runs each.
// Usage: npm run build && BASE=/path/to/base node test/bench/normal-form-ab.mjs 31
const load = async (root) => ({
  model: await import(`${root}/dist/src/model/index.js`),
  moments: await import(`${root}/dist/src/moments/index.js`),
  dissipators: await import(`${root}/dist/src/dissipators/index.js`),
  series: await import(`${root}/dist/src/series/index.js`),
});
const run = (lib, expand) => {
  const model = lib.model.resonantPair();
  for (const equation of lib.dissipators.EQUATIONS) for (const order of [1, 2]) for (const basis of ['local', 'normal']) {
    const eqs = lib.moments.deriveMoments({ model, equation, order, basis });
    if (expand) lib.series.expandMoments(eqs, 2);
  }
};
const A = await load(process.env.BASE ?? '/tmp/i13-base');
const B = await load(new URL('../..', import.meta.url).pathname.replace(/\/$/, ''));
const N = Number(process.argv[2] ?? 15);
for (const expand of [true, false]) {
  const ta = [], tb = [];
  for (let i = 0; i < 2; i++) { run(A, expand); run(B, expand); }
  for (let i = 0; i < N; i++) {
    let t = performance.now(); run(A, expand); ta.push(performance.now() - t);
    t = performance.now(); run(B, expand); tb.push(performance.now() - t);
  }
  const stat = (x) => { const s = [...x].sort((a, b) => a - b); return `min ${s[0].toFixed(0)} ms, median ${s[s.length >> 1].toFixed(0)} ms`; };
  console.log(`${expand ? '12 matrices + expansions' : '12 matrices only'}: base ${stat(ta)} | i13 ${stat(tb)} | ratio of medians ${(tb.sort((a,b)=>a-b)[N>>1] / ta.sort((a,b)=>a-b)[N>>1]).toFixed(3)}`);
}
