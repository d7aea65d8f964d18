interface ThresholdShape {
  readonly inputs: Readonly<Record<string, { readonly type: string; readonly positive?: boolean | undefined; readonly values?: readonly string[] }>>;
  readonly subject: { readonly input: string } | { readonly numerator: string; readonly denominator: string };
  readonly limits: readonly { readonly when?: readonly Readonly<Record<string, unknown>>[] | undefined }[];
  readonly applicability?: { readonly when: readonly Readonly<Record<string, unknown>>[] } | undefined;
}

type Issue = { readonly path: (string | number)[]; readonly message: string };

/** `'a boolean input'`, `'an enum input'`. */
function anInput(type: string | undefined): string {
  return `${type === 'enum' ? 'an' : 'a'} ${String(type)} input`;
}

/**
 * The problems of a threshold rule that a per-field schema cannot see: names that do not exist, operators that do not fit.
 *
 * @internal
 */
export function thresholdIssues(rule: ThresholdShape): Issue[] {
  const issues: Issue[] = [];
  // Own inputs only: a name such as 'constructor' must not find what every object inherits.
  const inputOf = (name: string): ThresholdShape['inputs'][string] | undefined => (Object.hasOwn(rule.inputs, name) ? rule.inputs[name] : undefined);
  const typeOf = (name: string): string | undefined => inputOf(name)?.type;
  const needDecimal = (name: string, path: (string | number)[]): void => {
    if (typeOf(name) !== 'decimal') issues.push({ path, message: `must name a decimal input; ${JSON.stringify(name)} is ${typeOf(name) ? anInput(typeOf(name)) : 'not an input'}` });
  };
  if ('input' in rule.subject) needDecimal(rule.subject.input, ['subject', 'input']);
  else {
    needDecimal(rule.subject.numerator, ['subject', 'numerator']);
    needDecimal(rule.subject.denominator, ['subject', 'denominator']);
    if (inputOf(rule.subject.denominator)?.positive !== true) {
      issues.push({ path: ['subject', 'denominator'], message: 'a ratio denominator must be a decimal input with `positive: true`' });
    }
  }
  const checkConditions = (conditions: readonly Readonly<Record<string, unknown>>[], path: (string | number)[]): void => {
    conditions.forEach((c, i) => {
      const name = String(c['input']);
      const spec = inputOf(name);
      const at = [...path, i];
      if (!spec) return void issues.push({ path: [...at, 'input'], message: `${JSON.stringify(name)} is not an input` });
      if ('equals' in c) {
        const fits = spec.type === 'boolean' ? typeof c['equals'] === 'boolean' : spec.type === 'enum' && spec.values?.includes(String(c['equals']));
        if (!fits) issues.push({ path: [...at, 'equals'], message: `is not a value of the ${spec.type} input ${JSON.stringify(name)}` });
      } else if ('oneOf' in c) {
        // The condition schema has checked oneOf is a list of strings.
        const bad = spec.type !== 'enum' || (c['oneOf'] as readonly string[]).some((v) => !spec.values?.includes(v));
        if (bad) issues.push({ path: [...at, 'oneOf'], message: `must list values of the enum input ${JSON.stringify(name)}` });
      } else if (spec.type !== 'decimal') {
        issues.push({ path: at, message: `a comparison needs a decimal input; ${JSON.stringify(name)} is ${anInput(spec.type)}` });
      }
    });
  };
  rule.limits.forEach((limit, i) => {
    const last = i === rule.limits.length - 1;
    if (limit.when) checkConditions(limit.when, ['limits', i, 'when']);
    if (last && limit.when) issues.push({ path: ['limits', i, 'when'], message: 'the last limit is the default and must have no `when`' });
    if (!last && !limit.when) issues.push({ path: ['limits', i], message: 'only the last limit may have no `when` (a later limit would never apply)' });
  });
  if (rule.applicability) checkConditions(rule.applicability.when, ['applicability', 'when']);
  return issues;
}

