export * from './channel.js';
export * from './kernel.js';
export * from './equations.js';
