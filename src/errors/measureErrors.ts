import { YingshangError } from './YingshangError.js';

/**
 * Thrown when no measure of the plan has the given number or id (numbers are 1–53, ids `'m01'`…`'m53'`;
 * a numeric string such as `'6'` is not an id). Code `UNKNOWN_MEASURE`; `details.input` is the argument.
 *
 * @category Errors
 * @since 0.1.0
 * @example
 * ```ts
 * getMeasure(54); //=> throws UNKNOWN_MEASURE
 * ```
 */
export class UnknownMeasureError extends YingshangError {
  override readonly name = 'UnknownMeasureError';
  /**
   * @param message - What was wrong and what is valid.
   * @param details - `{ input }`.
   */
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('UNKNOWN_MEASURE', message, details);
  }
}

/**
 * Thrown when no unit of the plan has the given id, name or alias. Code `UNKNOWN_DEPARTMENT`;
 * `details.input` is the argument and `details.validIds` lists every department id.
 *
 * @category Errors
 * @since 0.1.0
 * @example
 * ```ts
 * getDepartment('区市场局'); //=> throws UNKNOWN_DEPARTMENT // the alias is '区市场监管局'
 * ```
 */
export class UnknownDepartmentError extends YingshangError {
  override readonly name = 'UnknownDepartmentError';
  /**
   * @param message - What was wrong and what is valid.
   * @param details - `{ input, validIds }`.
   */
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('UNKNOWN_DEPARTMENT', message, details);
  }
}
