export * from './lowered-covariance.js';
export * from './observables.js';
export * from './steady.js';
export * from './sparse-moments.js';
