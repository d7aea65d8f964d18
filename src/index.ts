export * from './errors/index.js';
export * from './calendar/index.js';
export * from './measures/index.js';
export * from './rules/index.js';
