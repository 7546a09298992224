/**
 * What the paper prints (Scali, Anders, Correa, "Local master equations bypass the secular approximation"),
 * transcribed as data for comparison with the toolkit's own derivations.
 *
 * These are claims about the print, typed AS PRINTED (suspicious entries included) and never corrected.
 * Shorthands are expanded into the base symbols of docs/conventions.md:
 *   tildeDelta_j  = (Delta_h_Omegaj + Delta_c_Omegaj)/2  (eq. 45)
 *   tildeSigma_j  = (Sigma_h_Omegaj + Sigma_c_Omegaj)/2  (B.10)
 *   tildeDelta'_j = (Delta_h_Omegaj - Delta_c_Omegaj)/2  (B.14a)
 *   tildeSigma'_j = (Sigma_h_Omegaj - Sigma_c_Omegaj)/2  (B.14b)
 *   delta_alpha = (Delta_alpha_Omega1 - Delta_alpha_Omega2)/2, barDelta_alpha = (Delta_alpha_Omega1 + Delta_alpha_Omega2)/2  (under 48b)
 *   Delta_1^(alpha), Delta_2^(alpha) in eqs. 48 and 51 = Delta_alpha_Omega1, Delta_alpha_Omega2
 * Matrix rows/columns are 1-based as printed; entries are inside the printed overall factor.
 */
import type { PrintedEquation } from './printed.js';

export const printedEquations: readonly PrintedEquation[] = [
  {
    label: "34",
    kind: "matrix",
    equation: "local",
    order: 1,
    basis: "local",
    resonant: true,
    factor: "1/2",
    entries: [
      // row 1
      ["Delta_h_omega", "2", "0", "0"],
      // row 2
      ["-2*omega^2", "Delta_h_omega", "-2*k", "0"],
      // row 3
      ["0", "0", "Delta_c_omega", "2"],
      // row 4
      ["-2*k", "0", "-2*omega^2", "Delta_c_omega"],
    ],
    note: "M_{L,1}, printed with overall factor 1/2; entries typed inside the factor.",
  },
  {
    label: "36",
    kind: "condition",
    equation: "local",
    order: 1,
    resonant: true,
    expression: "4*k^2 - (Delta_h_omega - Delta_c_omega)^2*omega^2",
    note: "Printed as \"4k^2 - (Delta_omega^(h) - Delta_omega^(c))^2 omega^2 = 0 ==> k = +-(omega/2)|Delta_omega^(h) - Delta_omega^(c)|\"; the polynomial left-hand side is transcribed (the implied k = +-... solution is not a separate entry). The text says degeneracy of the eigenvalues of M_{L,1} (eq. 34) appears under this condition.",
  },
  {
    label: "40-1",
    kind: "identity",
    resonant: true,
    lhs: "Omega1^2",
    rhs: "omega^2 + k",
    note: "Printed as Omega_{1,2} = sqrt(omega^2 +- k); the upper sign (Omega_1) is taken and both sides squared, as the brief asks (Omega_j > 0 implied).",
  },
  {
    label: "40-2",
    kind: "identity",
    resonant: true,
    lhs: "Omega2^2",
    rhs: "omega^2 - k",
    note: "Printed as Omega_{1,2} = sqrt(omega^2 +- k); the lower sign (Omega_2) is taken and both sides squared (Omega_j > 0 implied).",
  },
  {
    label: "44",
    kind: "matrix",
    equation: "global",
    order: 1,
    basis: "normal",
    resonant: true,
    factor: "1",
    entries: [
      // row 1
      ["((Delta_h_Omega1 + Delta_c_Omega1)/2)/2", "1", "0", "0"],
      // row 2
      ["-Omega1^2", "((Delta_h_Omega1 + Delta_c_Omega1)/2)/2", "0", "0"],
      // row 3
      ["0", "0", "((Delta_h_Omega2 + Delta_c_Omega2)/2)/2", "1"],
      // row 4
      ["0", "0", "-Omega2^2", "((Delta_h_Omega2 + Delta_c_Omega2)/2)/2"],
    ],
    note: "M'_{G,1} printed as the direct sum over j=1,2 of the 2x2 blocks [[tildeDelta_j/2, 1], [-Omega_j^2, tildeDelta_j/2]] (no overall factor), written out as a block-diagonal 4x4 in the basis eta1, Pi1, eta2, Pi2. tildeDelta_j expanded with eq. 45 as (Delta_h_Omegaj + Delta_c_Omegaj)/2, so tildeDelta_j/2 is typed ((...)/2)/2.",
  },
  {
    label: "46b",
    kind: "matrix",
    equation: "global",
    order: 1,
    basis: "local",
    resonant: true,
    factor: "1/2",
    entries: [
      // row 1
      ["1/2*((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)", "2", "1/2*((Delta_h_Omega1 + Delta_c_Omega1)/2 - (Delta_h_Omega2 + Delta_c_Omega2)/2)", "0"],
      // row 2
      ["-2*omega^2", "1/2*((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)", "-2*k", "1/2*((Delta_h_Omega1 + Delta_c_Omega1)/2 - (Delta_h_Omega2 + Delta_c_Omega2)/2)"],
      // row 3
      ["1/2*((Delta_h_Omega1 + Delta_c_Omega1)/2 - (Delta_h_Omega2 + Delta_c_Omega2)/2)", "0", "1/2*((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)", "2"],
      // row 4
      ["-2*k", "1/2*((Delta_h_Omega1 + Delta_c_Omega1)/2 - (Delta_h_Omega2 + Delta_c_Omega2)/2)", "-2*omega^2", "1/2*((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)"],
    ],
    note: "M_{G,1} in the local basis, overall factor 1/2; entries \"1/2(tildeDelta_1 +- tildeDelta_2)\" typed inside the factor, tildeDelta_j expanded with eq. 45.",
  },
  {
    label: "47",
    kind: "matrix",
    equation: "global",
    order: 1,
    basis: "local",
    resonant: true,
    factor: "1/2",
    expansionOrder: 0,
    entries: [
      // row 1
      ["1/2*(Delta_h_omega + Delta_c_omega)", "2", "0", "0"],
      // row 2
      ["-2*omega^2", "1/2*(Delta_h_omega + Delta_c_omega)", "-2*k", "0"],
      // row 3
      ["0", "0", "1/2*(Delta_h_omega + Delta_c_omega)", "2"],
      // row 4
      ["-2*k", "0", "-2*omega^2", "1/2*(Delta_h_omega + Delta_c_omega)"],
    ],
    note: "M^{(0)}_{G,1} as printed (overall factor 1/2), the zeroth-order term of M_{G,1} = M^{(0)} + k M^{(1)} + ...; the k in entries (2,3) and (4,1) is the commutator part, kept as printed. The print also writes \"!= M_{L,1}\" after the matrix.",
  },
  {
    label: "48b",
    kind: "matrix",
    equation: "redfield",
    order: 1,
    basis: "local",
    resonant: true,
    factor: "1/2",
    entries: [
      // row 1
      ["(Omega2 - Omega1)/4*(Delta_c_Omega1/Omega2 - Delta_c_Omega2/Omega1) + (Omega2 + Omega1)/4*(Delta_h_Omega1/Omega2 + Delta_h_Omega2/Omega1)", "2", "(Omega2 - Omega1)/4*(Delta_c_Omega1/Omega2 + Delta_c_Omega2/Omega1) + (Omega2 + Omega1)/4*(Delta_h_Omega1/Omega2 - Delta_h_Omega2/Omega1)", "0"],
      // row 2
      ["-2*omega^2", "(Delta_h_Omega1 + Delta_h_Omega2)/2", "-2*k", "(Delta_h_Omega1 - Delta_h_Omega2)/2"],
      // row 3
      ["(Omega2 + Omega1)/4*(Delta_c_Omega1/Omega2 - Delta_c_Omega2/Omega1) + (Omega2 - Omega1)/4*(Delta_h_Omega1/Omega2 - Delta_h_Omega2/Omega1)", "0", "(Omega2 + Omega1)/4*(Delta_c_Omega1/Omega2 + Delta_c_Omega2/Omega1) + (Omega2 - Omega1)/4*(Delta_h_Omega1/Omega2 + Delta_h_Omega2/Omega1)", "2"],
      // row 4
      ["-2*omega^2", "(Delta_c_Omega1 - Delta_c_Omega2)/2", "-2*omega^2", "(Delta_c_Omega1 + Delta_c_Omega2)/2"],
    ],
    note: "M_{R,1} with overall factor 1/2. The four placeholders [M_{R,1}]_{11}, _{13}, _{31}, _{33} are replaced by the expressions of eq. 48c and placed INSIDE the printed 1/2 factor (where the placeholders stand), even though the notation [M_{R,1}]_{ij} could be read as the full matrix element; this is the literal reading. In 48b/48c Delta_1^(alpha), Delta_2^(alpha) are read as Delta_{Omega_1}^(alpha), Delta_{Omega_2}^(alpha). delta_alpha = (Delta_alpha_Omega1 - Delta_alpha_Omega2)/2 and barDelta_alpha = (Delta_alpha_Omega1 + Delta_alpha_Omega2)/2 expanded. As printed: entry (4,1) is -2*omega^2 (not -2*k as in eqs. 34, 46b, 47); entry (2,4) is delta_h and entry (4,2) is delta_c; entries (2,1) and (4,3) are -2*omega^2. 48c prints Delta_1/Omega_2 and Delta_2/Omega_1 (crossed indices) in all four elements; typed as printed.",
  },
  {
    label: "51-L-h",
    kind: "heat",
    equation: "local",
    bath: "h",
    basis: "local",
    resonant: true,
    terms: {
      "p_h^2": "Delta_h_omega/2",
      "x_h^2": "Delta_h_omega/2*omega^2",
      "x_h x_c": "Delta_h_omega/2*k",
    },
    constant: "Sigma_h_omega/2",
    note: "Printed: Q_{alpha,L} = Delta_omega^(alpha)/2 (<p_alpha^2> + omega^2 <x_alpha^2> + k <x_h x_c>) + Sigma_omega^(alpha)/2, with alpha = h. The constant Sigma/2 is kept as printed (compare the 1/4 prefactor of the global constant). <x_h x_c> is the basis element \"x_h x_c\".",
  },
  {
    label: "51-L-c",
    kind: "heat",
    equation: "local",
    bath: "c",
    basis: "local",
    resonant: true,
    terms: {
      "p_c^2": "Delta_c_omega/2",
      "x_c^2": "Delta_c_omega/2*omega^2",
      "x_h x_c": "Delta_c_omega/2*k",
    },
    constant: "Sigma_c_omega/2",
    note: "Printed: Q_{alpha,L} = Delta_omega^(alpha)/2 (<p_alpha^2> + omega^2 <x_alpha^2> + k <x_h x_c>) + Sigma_omega^(alpha)/2, with alpha = c (the coupling term is printed as <x_h x_c> for both baths). The constant Sigma/2 is kept as printed.",
  },
  {
    label: "51-G-h",
    kind: "heat",
    equation: "global",
    bath: "h",
    basis: "normal",
    resonant: true,
    terms: {
      "Pi1^2": "1/4*Delta_h_Omega1",
      "eta1^2": "1/4*Delta_h_Omega1*Omega1^2",
      "Pi2^2": "1/4*Delta_h_Omega2",
      "eta2^2": "1/4*Delta_h_Omega2*Omega2^2",
    },
    constant: "1/4*(Sigma_h_Omega1 + Sigma_h_Omega2)",
    note: "Printed: Q_{alpha,G} = 1/4 sum_j [Delta_{Omega_j}^(alpha) (<Pi_j^2> + Omega_j^2 <eta_j^2>) + Sigma_{Omega_j}^(alpha)], alpha = h; the sum over j = 1, 2 is written out. Sigma_{Omega_j}^(alpha) is used in the print although the definition under eq. 51 is written for Sigma_omega^(alpha).",
  },
  {
    label: "51-G-c",
    kind: "heat",
    equation: "global",
    bath: "c",
    basis: "normal",
    resonant: true,
    terms: {
      "Pi1^2": "1/4*Delta_c_Omega1",
      "eta1^2": "1/4*Delta_c_Omega1*Omega1^2",
      "Pi2^2": "1/4*Delta_c_Omega2",
      "eta2^2": "1/4*Delta_c_Omega2*Omega2^2",
    },
    constant: "1/4*(Sigma_c_Omega1 + Sigma_c_Omega2)",
    note: "Printed: Q_{alpha,G} = 1/4 sum_j [Delta_{Omega_j}^(alpha) (<Pi_j^2> + Omega_j^2 <eta_j^2>) + Sigma_{Omega_j}^(alpha)], alpha = c; the sum over j = 1, 2 is written out. Sigma_{Omega_j}^(alpha) is used in the print although the definition under eq. 51 is written for Sigma_omega^(alpha).",
  },
  {
    label: "51-R-h",
    kind: "heat",
    equation: "redfield",
    bath: "h",
    basis: "normal",
    resonant: true,
    terms: {
      "Pi1^2": "1/4*Delta_h_Omega1",
      "eta1^2": "1/4*Delta_h_Omega1*Omega1^2",
      "Pi2^2": "1/4*Delta_h_Omega2",
      "eta2^2": "1/4*Delta_h_Omega2*Omega2^2",
      "eta1 eta2": "(Delta_h_Omega1 + Delta_h_Omega2)/4*Omega1*Omega2",
      "Pi1 Pi2": "(Delta_h_Omega1 + Delta_h_Omega2)/4",
    },
    constant: "1/4*(Sigma_h_Omega1 + Sigma_h_Omega2)",
    note: "Printed: Q_{alpha,R} = Q_{alpha,G} + (Delta_1^(alpha) + Delta_2^(alpha))/4 (Omega_1 Omega_2 <eta_1 eta_2> + <Pi_1 Pi_2>), alpha = h; written out as the full sum: the G terms and constant of 51-G plus the two extra terms. Delta_1^(alpha), Delta_2^(alpha) read as Delta_{Omega_1}^(alpha), Delta_{Omega_2}^(alpha) (as in eq. 48). <eta_1 eta_2> is the basis element \"eta1 eta2\", <Pi_1 Pi_2> is \"Pi1 Pi2\".",
  },
  {
    label: "51-R-c",
    kind: "heat",
    equation: "redfield",
    bath: "c",
    basis: "normal",
    resonant: true,
    terms: {
      "Pi1^2": "1/4*Delta_c_Omega1",
      "eta1^2": "1/4*Delta_c_Omega1*Omega1^2",
      "Pi2^2": "1/4*Delta_c_Omega2",
      "eta2^2": "1/4*Delta_c_Omega2*Omega2^2",
      "eta1 eta2": "(Delta_c_Omega1 + Delta_c_Omega2)/4*Omega1*Omega2",
      "Pi1 Pi2": "(Delta_c_Omega1 + Delta_c_Omega2)/4",
    },
    constant: "1/4*(Sigma_c_Omega1 + Sigma_c_Omega2)",
    note: "Printed: Q_{alpha,R} = Q_{alpha,G} + (Delta_1^(alpha) + Delta_2^(alpha))/4 (Omega_1 Omega_2 <eta_1 eta_2> + <Pi_1 Pi_2>), alpha = c; written out as the full sum: the G terms and constant of 51-G plus the two extra terms. Delta_1^(alpha), Delta_2^(alpha) read as Delta_{Omega_1}^(alpha), Delta_{Omega_2}^(alpha) (as in eq. 48). <eta_1 eta_2> is the basis element \"eta1 eta2\", <Pi_1 Pi_2> is \"Pi1 Pi2\".",
  },
  {
    label: "B.3",
    kind: "vector",
    equation: "local",
    order: 2,
    basis: "local",
    resonant: true,
    entries: [
      "Sigma_h_omega/(2*omega)", // 1
      "omega*Sigma_h_omega/2", // 2
      "0", // 3
      "Sigma_c_omega/(2*omega)", // 4
      "omega*Sigma_c_omega/2", // 5
      "0", // 6
      "0", // 7
      "0", // 8
      "0", // 9
      "0", // 10
    ],
    note: "c_{L,2} in the local second-moment basis of eq. B.2.",
  },
  {
    label: "B.5",
    kind: "matrix",
    equation: "local",
    order: 2,
    basis: "local",
    resonant: true,
    factor: "1",
    entries: [
      // row 1
      ["Delta_h_omega", "0", "2", "0", "0", "0", "0", "0", "0", "0"],
      // row 2
      ["0", "Delta_h_omega", "-2*omega^2", "0", "0", "0", "0", "k", "0", "0"],
      // row 3
      ["-omega^2", "1", "Delta_h_omega", "0", "0", "0", "0", "0", "k/2", "0"],
      // row 4
      ["0", "0", "0", "Delta_c_omega", "0", "2", "0", "0", "0", "0"],
      // row 5
      ["0", "0", "0", "0", "Delta_c_omega", "-2*omega^2", "k", "0", "0", "0"],
      // row 6
      ["0", "0", "0", "-omega^2", "1", "Delta_c_omega", "0", "0", "k/2", "0"],
      // row 7
      ["k/2", "0", "0", "0", "0", "0", "(Delta_h_omega + Delta_c_omega)/2", "0", "-omega^2", "1"],
      // row 8
      ["0", "0", "0", "k/2", "0", "0", "0", "(Delta_h_omega + Delta_c_omega)/2", "-omega^2", "1"],
      // row 9
      ["0", "0", "0", "0", "0", "0", "1", "1", "(Delta_h_omega + Delta_c_omega)/2", "0"],
      // row 10
      ["0", "0", "k/2", "0", "0", "k/2", "-omega^2", "-omega^2", "0", "(Delta_h_omega + Delta_c_omega)/2"],
    ],
    note: "M_{L,2}, no overall factor, basis of eq. B.2. Typed as printed, including: row 2 has +k in column 8 (x_c p_h); row 5 has +k in column 7 (x_h p_c); rows 3 and 6 have k/2 in column 9 (x_h x_c); row 7 has k/2 in column 1, row 8 has k/2 in column 4; row 10 has k/2 in columns 3 and 6; rows 3 and 6 have -omega^2 (not -2*omega^2) in columns 1 and 4 respectively.",
  },
  {
    label: "B.8",
    kind: "vector",
    equation: "global",
    order: 2,
    basis: "normal",
    resonant: true,
    entries: [
      "((Sigma_h_Omega1 + Sigma_c_Omega1)/2)/(2*Omega1)", // 1
      "Omega1*((Sigma_h_Omega1 + Sigma_c_Omega1)/2)/2", // 2
      "0", // 3
      "((Sigma_h_Omega2 + Sigma_c_Omega2)/2)/(2*Omega2)", // 4
      "Omega2*((Sigma_h_Omega2 + Sigma_c_Omega2)/2)/2", // 5
      "0", // 6
      "0", // 7
      "0", // 8
      "0", // 9
      "0", // 10
    ],
    note: "c'_{G,2} in the normal second-moment basis of eq. B.7; tildeSigma_j expanded with B.10 as (Sigma_h_Omegaj + Sigma_c_Omegaj)/2.",
  },
  {
    label: "B.9",
    kind: "matrix",
    equation: "global",
    order: 2,
    basis: "normal",
    resonant: true,
    factor: "1",
    entries: [
      // row 1
      ["(Delta_h_Omega1 + Delta_c_Omega1)/2", "0", "2", "0", "0", "0", "0", "0", "0", "0"],
      // row 2
      ["0", "(Delta_h_Omega1 + Delta_c_Omega1)/2", "-2*Omega1^2", "0", "0", "0", "0", "0", "0", "0"],
      // row 3
      ["-2*Omega1^2", "1", "(Delta_h_Omega1 + Delta_c_Omega1)/2", "0", "0", "0", "0", "0", "0", "0"],
      // row 4
      ["0", "0", "0", "(Delta_h_Omega2 + Delta_c_Omega2)/2", "0", "2", "0", "0", "0", "0"],
      // row 5
      ["0", "0", "0", "0", "(Delta_h_Omega2 + Delta_c_Omega2)/2", "-2*Omega2^2", "0", "0", "0", "0"],
      // row 6
      ["0", "0", "0", "-Omega2^2", "1", "(Delta_h_Omega2 + Delta_c_Omega2)/2", "0", "0", "0", "0"],
      // row 7
      ["0", "0", "0", "0", "0", "0", "((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)/2", "0", "-Omega2^2", "1"],
      // row 8
      ["0", "0", "0", "0", "0", "0", "0", "((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)/2", "-Omega1^2", "1"],
      // row 9
      ["0", "0", "0", "0", "0", "0", "1", "1", "((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)/2", "0"],
      // row 10
      ["0", "0", "0", "0", "0", "0", "-Omega1^2", "-Omega2^2", "0", "((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)/2"],
    ],
    note: "M'_{G,2}, no overall factor, basis of eq. B.7; tildeDelta_j expanded with eq. 45. Typed as printed, including: row 3 column 1 is -2*Omega1^2 while the analogous row 6 column 4 is -Omega2^2 (the local B.5 has -omega^2 in both places); row 7 column 9 is -Omega2^2 and row 8 column 9 is -Omega1^2; row 10 has -Omega1^2 in column 7 and -Omega2^2 in column 8.",
  },
  {
    label: "B.12",
    kind: "matrix",
    equation: "redfield",
    order: 2,
    basis: "normal",
    resonant: true,
    factor: "1",
    entries: [
      // row 1
      ["(Delta_h_Omega1 + Delta_c_Omega1)/2", "0", "2", "0", "0", "0", "0", "0", "Omega2/Omega1*((Delta_h_Omega2 - Delta_c_Omega2)/2)", "0"],
      // row 2
      ["0", "(Delta_h_Omega1 + Delta_c_Omega1)/2", "-2*Omega1^2", "0", "0", "0", "0", "0", "0", "(Delta_h_Omega2 - Delta_c_Omega2)/2"],
      // row 3
      ["-2*Omega1^2", "1", "(Delta_h_Omega1 + Delta_c_Omega1)/2", "0", "0", "0", "((Delta_h_Omega2 - Delta_c_Omega2)/2)/2", "Omega2/(2*Omega1)*((Delta_h_Omega2 - Delta_c_Omega2)/2)", "0", "0"],
      // row 4
      ["0", "0", "0", "(Delta_h_Omega2 + Delta_c_Omega2)/2", "0", "2", "0", "0", "Omega1/Omega2*((Delta_h_Omega1 - Delta_c_Omega1)/2)", "0"],
      // row 5
      ["0", "0", "0", "0", "(Delta_h_Omega2 + Delta_c_Omega2)/2", "-2*Omega2^2", "0", "0", "0", "(Delta_h_Omega1 - Delta_c_Omega1)/2"],
      // row 6
      ["0", "0", "0", "-Omega2^2", "1", "(Delta_h_Omega2 + Delta_c_Omega2)/2", "((Delta_h_Omega1 - Delta_c_Omega1)/2)/2", "0", "0", "0"],
      // row 7
      ["0", "0", "((Delta_h_Omega1 - Delta_c_Omega1)/2)/2", "0", "0", "Omega2/(2*Omega1)*((Delta_h_Omega2 - Delta_c_Omega2)/2)", "((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)/2", "0", "-Omega2^2", "1"],
      // row 8
      ["0", "0", "Omega1/(2*Omega2)*((Delta_h_Omega1 - Delta_c_Omega1)/2)", "0", "0", "((Delta_h_Omega2 - Delta_c_Omega2)/2)/2", "0", "((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)/2", "-Omega1^2", "1"],
      // row 9
      ["Omega1/(2*Omega2)*((Delta_h_Omega1 - Delta_c_Omega1)/2)", "0", "0", "Omega2/(2*Omega1)*((Delta_h_Omega2 - Delta_c_Omega2)/2)", "0", "0", "1", "1", "((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)/2", "0"],
      // row 10
      ["0", "((Delta_h_Omega1 - Delta_c_Omega1)/2)/2", "0", "0", "((Delta_h_Omega2 - Delta_c_Omega2)/2)/2", "0", "-Omega1^2", "-Omega2^2", "0", "((Delta_h_Omega1 + Delta_c_Omega1)/2 + (Delta_h_Omega2 + Delta_c_Omega2)/2)/2"],
    ],
    note: "M'_{R,2}, no overall factor, basis of eq. B.7; tildeDelta_j (eq. 45) and tildeDelta'_j (B.14a) expanded. Typed as printed, including: row 1 column 9 is (Omega2/Omega1)*tildeDelta'_2 and row 2 column 10 is tildeDelta'_2 (mode-1 rows carry index 2); row 3 has tildeDelta'_2/2 in column 7 and (Omega2/(2 Omega1)) tildeDelta'_2 in column 8, whereas the analogous row 6 has only tildeDelta'_1/2 in column 7 and 0 in column 8; row 3 column 1 is -2*Omega1^2 while row 6 column 4 is -Omega2^2 (as in B.9).",
  },
  {
    label: "B.13",
    kind: "vector",
    equation: "redfield",
    order: 2,
    basis: "normal",
    resonant: true,
    entries: [
      "((Sigma_h_Omega1 + Sigma_c_Omega1)/2)/(2*Omega1)", // 1
      "Omega1*((Sigma_h_Omega1 + Sigma_c_Omega1)/2)/2", // 2
      "0", // 3
      "((Sigma_h_Omega2 + Sigma_c_Omega2)/2)/(2*Omega2)", // 4
      "Omega2*((Sigma_h_Omega2 + Sigma_c_Omega2)/2)/2", // 5
      "0", // 6
      "0", // 7
      "0", // 8
      "((Sigma_h_Omega1 - Sigma_c_Omega1)/2)/(4*Omega2) + ((Sigma_h_Omega2 - Sigma_c_Omega2)/2)/(4*Omega1)", // 9
      "Omega1*((Sigma_h_Omega1 - Sigma_c_Omega1)/2)/4 + Omega2*((Sigma_h_Omega2 - Sigma_c_Omega2)/2)/4", // 10
    ],
    note: "c'_{R,2} in the basis of eq. B.7; tildeSigma_j (B.10) and tildeSigma'_j (B.14b) expanded. Entry 9 is printed tildeSigma'_1/(4 Omega_2) + tildeSigma'_2/(4 Omega_1) (crossed indices, typed as printed); entry 10 is Omega_1 tildeSigma'_1/4 + Omega_2 tildeSigma'_2/4.",
  },
  {
    label: "D.1-zeta",
    kind: "identity",
    resonant: false,
    lhs: "cosz^2",
    rhs: "((omega_h^2 - omega_c^2) + Rzeta)/(2*Rzeta)",
    note: "Printed under eq. D.1: zeta = arccos sqrt((delta + sqrt(4k^2 + delta^2))/(2 sqrt(4k^2 + delta^2))), delta = omega_h^2 - omega_c^2, with P = [[sin zeta, cos zeta], [cos zeta, -sin zeta]]. Transcribed as cos(zeta)^2 = (delta + R)/(2R) with sqrt(4k^2 + delta^2) = Rzeta (cos zeta >= 0 implied by arccos of a non-negative root). docs/conventions.md notes this swaps sin and cos relative to D.2; kept as printed.",
  },
  {
    label: "D.2-1",
    kind: "identity",
    resonant: false,
    lhs: "Omega1^2",
    rhs: "(omega_h^2 + omega_c^2 + Rzeta)/2",
    note: "Printed: Omega_{1,2}^2 = 1/2 (omega_h^2 + omega_c^2 +- sqrt(4k^2 + delta^2)), delta = omega_h^2 - omega_c^2; upper sign, sqrt(4k^2 + delta^2) written as Rzeta.",
  },
  {
    label: "D.2-2",
    kind: "identity",
    resonant: false,
    lhs: "Omega2^2",
    rhs: "(omega_h^2 + omega_c^2 - Rzeta)/2",
    note: "Printed: Omega_{1,2}^2 = 1/2 (omega_h^2 + omega_c^2 +- sqrt(4k^2 + delta^2)), delta = omega_h^2 - omega_c^2; lower sign, sqrt(4k^2 + delta^2) written as Rzeta.",
  },
];
