import { expectTypeOf, test } from 'vitest';
import type * as root from '../../src/index.js';
import type * as calendar from '../../src/calendar/index.js';
import type * as measures from '../../src/measures/index.js';
import type * as procurement from '../../src/procurement/index.js';
import type * as rules from '../../src/rules/index.js';
import type * as sql from '../../src/sql/index.js';
import type * as utilities from '../../src/utilities/index.js';

test('every entry point exports the same ErrorCode and error guard', () => {
  expectTypeOf<calendar.ErrorCode>().toEqualTypeOf<root.ErrorCode>();
  expectTypeOf<measures.ErrorCode>().toEqualTypeOf<root.ErrorCode>();
  expectTypeOf<procurement.ErrorCode>().toEqualTypeOf<root.ErrorCode>();
  expectTypeOf<rules.ErrorCode>().toEqualTypeOf<root.ErrorCode>();
  expectTypeOf<sql.ErrorCode>().toEqualTypeOf<root.ErrorCode>();
  expectTypeOf<utilities.ErrorCode>().toEqualTypeOf<root.ErrorCode>();
  expectTypeOf<typeof calendar.isYingshangError>().toEqualTypeOf<typeof root.isYingshangError>();
  expectTypeOf<typeof measures.isYingshangError>().toEqualTypeOf<typeof root.isYingshangError>();
  expectTypeOf<typeof procurement.isYingshangError>().toEqualTypeOf<typeof root.isYingshangError>();
  expectTypeOf<typeof rules.isYingshangError>().toEqualTypeOf<typeof root.isYingshangError>();
  expectTypeOf<typeof sql.isYingshangError>().toEqualTypeOf<typeof root.isYingshangError>();
  expectTypeOf<typeof utilities.isYingshangError>().toEqualTypeOf<typeof root.isYingshangError>();
});

test('every entry point exports the same SafeResult, the shape of every safe twin', () => {
  expectTypeOf<calendar.SafeResult<string>>().toEqualTypeOf<root.SafeResult<string>>();
  expectTypeOf<measures.SafeResult<string>>().toEqualTypeOf<root.SafeResult<string>>();
  expectTypeOf<procurement.SafeResult<string>>().toEqualTypeOf<root.SafeResult<string>>();
  expectTypeOf<rules.SafeResult<string>>().toEqualTypeOf<root.SafeResult<string>>();
  expectTypeOf<sql.SafeResult<string>>().toEqualTypeOf<root.SafeResult<string>>();
  expectTypeOf<utilities.SafeResult<string>>().toEqualTypeOf<root.SafeResult<string>>();
  expectTypeOf<ReturnType<typeof calendar.safeParseDate>>().toEqualTypeOf<root.SafeResult<string>>();
  expectTypeOf<ReturnType<typeof procurement.safeCheckProcurement>>().toEqualTypeOf<root.SafeResult<procurement.ProcurementCheck>>();
});
