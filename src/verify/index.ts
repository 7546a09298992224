export * from './printed.js';
export * from './compare.js';
export * from './check.js';
export * from './parse-printed.js';
