import { describeEngine } from './engineEquality.js';

describeEngine('postgres', 20_261_204);
