import { describeEngine } from './engineEquality.js';

describeEngine('duckdb', 20_261_203);
