import type { KindModule } from './engine/kindModule.js';
import { RULE_KINDS } from './kinds.js';

/**
 * One field of each kind of `Kinds`, as a tuple in the same order: what `z.discriminatedUnion` takes to join the kinds'
 * schemas (`Array.prototype.map` gives an array type, which it does not take).
 */
export type EachKind<Kinds extends readonly KindModule[], Field extends keyof KindModule> = { -readonly [I in keyof Kinds]: Kinds[I] extends KindModule ? Kinds[I][Field] : never };

/**
 * The `field` of each kind of {@link RULE_KINDS}, in their order.
 *
 * @param field - `'definitionSchema'`, `'resultSchema'` or `'kind'`.
 * @returns The tuple of that field.
 *
 * @example
 * ```ts
 * eachKind('kind'); //=> ['deadline', 'threshold', 'target', 'average']
 * ```
 */
export function eachKind<Field extends keyof KindModule>(field: Field): EachKind<typeof RULE_KINDS, Field> {
  // `map` keeps the order; its array type cannot say which kind is where, the tuple type does.
  return RULE_KINDS.map((k) => (k as KindModule)[field]) as unknown as EachKind<typeof RULE_KINDS, Field>;
}

// Each kind satisfies KindModule for its own rule type; the registry handles them all as the generic one.
const byKind: ReadonlyMap<string, KindModule> = new Map<string, KindModule>(RULE_KINDS.map((k) => [k.kind, k as KindModule]));

/**
 * The kind module of a `kind`, for a definition or result already validated (so its kind is one of {@link RULE_KINDS}).
 *
 * @param kind - A kind of {@link RULE_KINDS}.
 * @returns Its module.
 *
 * @example
 * ```ts
 * kindModuleOf('deadline').kind; //=> 'deadline'
 * ```
 */
export function kindModuleOf(kind: string): KindModule {
  // Every kind name reaching here comes from a definition checked against RULE_KINDS' schemas.
  return byKind.get(kind) as KindModule;
}
