import { describeKinds } from '../sql/kindEquality.js';

// The mysql dialect of every rule kind in a real MariaDB server (started by the test, as in mariadb.test.ts): every
// built-in rule and a custom rule of each kind, with bad rows, against the library.
describeKinds('mysql', 20_261_209);
