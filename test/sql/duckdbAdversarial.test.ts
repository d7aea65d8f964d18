import { describeAdversarial } from './adversarialEquality.js';
import { openEngine } from './sqlEngines.js';

describeAdversarial('duckdb', () => openEngine('duckdb'), { runs: 3, records: 120, seed: 20_261_208 });
