export * from './paper-lowering.js';
export * from './exceptional-line.js';
export * from './eigen-analysis.js';
export * from './heat-dynamics.js';
export * from './exceptional-points.js';
export * from './ep-maps.js';
export * from './fig3-data.js';
export * from './ep-analysis.js';
