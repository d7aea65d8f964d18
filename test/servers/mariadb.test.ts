import { describeEngine } from '../sql/engineEquality.js';

// A real MariaDB server (Debian's mariadb-server, started on a unix socket in a temp dir by the test): the mysql
// dialect on 11 rules × 2,000 records (22,000), with bad rows, against the library.
describeEngine('mysql', 20_261_205);
