import { describeAdversarial } from './adversarialEquality.js';
import { openEngine } from './sqlEngines.js';

// PGlite: PostgreSQL compiled to WebAssembly, in process; the real PostgreSQL 15 server is in test/servers.
describeAdversarial('PGlite', () => openEngine('postgres'), { runs: 2, records: 120, seed: 20_261_218 });
