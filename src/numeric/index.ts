export * from './physical.js';
export * from './input-error.js';
export * from './spectral.js';
export * from './evaluate.js';
export * from './model-bridge.js';
export * from './lower.js';
export * from './paper-parameters.js';
export * from './compile.js';
