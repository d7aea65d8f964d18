import { describeKinds } from './kindEquality.js';

describeKinds('duckdb', 20_261_207);
