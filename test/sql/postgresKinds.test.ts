import { describeKinds } from './kindEquality.js';

describeKinds('postgres', 20_261_208);
