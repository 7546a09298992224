// Matrix fillers of the paper's fixtures as JavaScript SOURCE TEXT, for the
// EP-map engine (source text is what gets shipped to worker threads).
// Plain .mjs so that the whole-process benchmark script
// (test/bench/epmap-process.mjs) can import it without a TypeScript build.
// Each generator returns the text of `(out, omega, k) => void` writing M
// row-major; parameters are inlined as literals (String(x) round-trips).
// test/numeric/fixtures.test.ts checks that these agree bit for bit with the
// TypeScript builders in fixtures.ts.

/** Fig. 2 parameters of the paper (ħ = k_B = 1). */
export const FIG2_PARAMETERS = Object.freeze({
  hotTemperature: 10,
  coldTemperature: 5,
  hotCoupling2: 1e-8,
  coldCoupling2: 1e-4,
  cutoff: 1e3,
});

// Δ_α(Ω) = −J_α(Ω)/Ω with J_α(Ω) = λ_α² Ω Λ²/(Ω² + Λ²) (eqs. 19, 35), written
// in the same evaluation order as fixtures.ts.
const deltaSource = (p) => `
  const delta = (lambda2, w) => -(lambda2 * w * ${p.cutoff} * ${p.cutoff} / (w * w + ${p.cutoff} * ${p.cutoff})) / w;`;

/** M_L,1 of eq. (34). */
export function localFirstMomentFillerSource(p = FIG2_PARAMETERS) {
  return `(out, omega, k) => {${deltaSource(p)}
  const dh = delta(${p.hotCoupling2}, omega);
  const dc = delta(${p.coldCoupling2}, omega);
  const w2 = omega * omega;
  out.fill(0);
  out[0] = dh / 2; out[1] = 1;
  out[4] = -w2; out[5] = dh / 2; out[6] = -k;
  out[10] = dc / 2; out[11] = 1;
  out[12] = -k; out[14] = -w2; out[15] = dc / 2;
}`;
}

/** M_G,1 of eq. (46b), Δ̃_j = ½ Σ_α Δ_α(Ω_j), Ω_{1,2} = √(ω² ± k). */
export function globalFirstMomentFillerSource(p = FIG2_PARAMETERS) {
  return `(out, omega, k) => {${deltaSource(p)}
  const w2 = omega * omega;
  const o1 = Math.sqrt(w2 + k);
  const o2 = Math.sqrt(w2 - k);
  const t1 = (delta(${p.hotCoupling2}, o1) + delta(${p.coldCoupling2}, o1)) / 2;
  const t2 = (delta(${p.hotCoupling2}, o2) + delta(${p.coldCoupling2}, o2)) / 2;
  const s = (t1 + t2) / 4;
  const d = (t1 - t2) / 4;
  out[0] = s; out[1] = 1; out[2] = d; out[3] = 0;
  out[4] = -w2; out[5] = s; out[6] = -k; out[7] = d;
  out[8] = d; out[9] = 0; out[10] = s; out[11] = 1;
  out[12] = -k; out[13] = d; out[14] = -w2; out[15] = s;
}`;
}
