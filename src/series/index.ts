export * from './power-series.js';
export * from './k-dependence.js';
export * from './expand.js';
export * from './limits.js';
