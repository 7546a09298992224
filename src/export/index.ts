/** Export stage: LaTeX documents for papers and standalone code (Python, Julia, mathjs) of M and c. */
export * from './notation-config.js';
export * from './latex-document.js';
export * from './matrix-layout.js';
export * from './code-program.js';
export * from './code-format.js';
export * from './fitted-equations.js';
