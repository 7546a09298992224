export * from './basis.js';
export * from './closure.js';
export * from './equations.js';
export * from './heat.js';
export * from './characteristic.js';
export * from './exceptional-line.js';
