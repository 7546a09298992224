/** openmoments: the library, stage by stage (docs/architecture.md). */
export * from './algebra/index.js';
export * from './model/index.js';
export * from './dissipators/index.js';
export * from './moments/index.js';
export * from './series/index.js';
export * from './numeric/index.js';
export * from './verify/index.js';
export * from './render/index.js';
// Parsers built on mathjs (slow to load: the CLI imports them only when a command needs them).
export * from './algebra/parse.js';
export * from './numeric/spectral-expression.js';
export * from './export/index.js';
