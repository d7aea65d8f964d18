import type { OptionRule } from '../../_internal/readOptions.js';

/** The `name` option of the cell readers: what the value is, for the message (`'supplierIsSme'`), a string. */
export const NAME_OPTION: Readonly<Record<'name', OptionRule>> = { name: { test: (value) => typeof value === 'string', expected: { zh: '字符串', en: 'a string' } } };
