import { describeAdversarial } from '../sql/adversarialEquality.js';
import { openPostgresServer } from '../sql/sqlEngines.js';

// A real PostgreSQL 15 server (Debian's postgresql-15, started on a unix socket in a temp dir by the test): the
// adversarial equality of every rule kind with evaluateMany.
describeAdversarial('a PostgreSQL 15 server', openPostgresServer, { runs: 2, records: 120, seed: 20_261_228 });
