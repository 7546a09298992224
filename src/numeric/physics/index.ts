export * from './paper-lowering.js';
export * from './exceptional-line.js';
export * from './eigen-analysis.js';
export * from './heat-dynamics.js';
export * from './exceptional-points.js';
