export * from './printed.js';
export * from './compare.js';
export * from './discriminant.js';
export * from './check.js';
export * from './parse-printed.js';
export * from './exceptional-lines.js';
