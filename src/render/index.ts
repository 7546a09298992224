export * from './notation.js';
export * from './scalar-format.js';
export * from './matrix-format.js';
export * from './katex-check.js';
export * from './equations-format.js';
export * from './expansion-format.js';
export * from './equations-document.js';
export * from './heat-compact.js';
