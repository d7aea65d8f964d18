import { UnknownMeasureError } from '../errors/measureErrors.js';
import type { Measure } from './measureSchema.js';
import { measures } from './measures.js';

const ID_RE = /^m(\d{2})$/;

function describe(input: unknown): string {
  if (typeof input === 'string') return `'${input}'`;
  if (typeof input === 'number' || typeof input === 'bigint' || typeof input === 'boolean') return String(input);
  return input === null ? 'null' : typeof input;
}

/**
 * Finds a measure by its number (1–53) or its id (`'m01'` … `'m53'`).
 * Strings must be ids: `'6'` is rejected, so that a number read from user input is never silently accepted.
 *
 * @category Measures
 * @since 0.1.0
 * @param numberOrId - The measure's number (an integer 1–53) or id (`'m06'`).
 * @returns The frozen measure.
 * @throws {@link UnknownMeasureError} `UNKNOWN_MEASURE` for anything else: 0, 54, 6.5, `'m54'`, `'6'`, `'M06'`, `null`…
 * @see 江津府办发〔2021〕113号 (`seeds/jiangjin-2021-113.txt`)
 * @example
 * ```ts
 * getMeasure(13).title; //=> { zh: '优化采购流程', en: 'Streamline the procurement process' }
 * getMeasure('m13').number; //=> 13
 * getMeasure(20).titleIsEditorial; //=> true
 * ```
 */
export function getMeasure(numberOrId: number | string): Measure {
  let n = Number.NaN;
  if (typeof numberOrId === 'number') n = numberOrId;
  else if (typeof numberOrId === 'string') n = Number(ID_RE.exec(numberOrId)?.[1] ?? Number.NaN);
  const found = Number.isInteger(n) ? measures[n - 1] : undefined;
  if (found) return found;

  const last = measures.length;
  const range = `measures are numbered 1–${last}, ids 'm01'…'m${String(last).padStart(2, '0')}'`;
  const hint =
    typeof numberOrId === 'string' && /^\d+$/.test(numberOrId)
      ? ` A string must be an id: write getMeasure(${Number(numberOrId)}) or getMeasure('m${numberOrId.padStart(2, '0')}').`
      : '';
  throw new UnknownMeasureError(`Unknown measure ${describe(numberOrId)}: ${range}.${hint}`, { input: numberOrId });
}
