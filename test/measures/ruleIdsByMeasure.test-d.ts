import { expectTypeOf, test } from 'vitest';
import type { MeasureRuleId } from '../../src/measures/ruleIdsByMeasure.generated.js';
import type { BuiltInRuleId } from '../../src/rules/index.js';

test('the generated table is typed with exactly the built-in rule ids', () => {
  expectTypeOf<MeasureRuleId>().toEqualTypeOf<BuiltInRuleId>();
});
