export * from './definitions.js';
export * from './model.js';
export * from './normal-modes.js';
export * from './presets.js';
export * from './frame.js';
export * from './model-error.js';
export * from './input-error.js';
export * from './argument-checks.js';
