import type { BilingualText } from '../_internal/bilingualText.js';
import { UsageError } from './UsageError.js';

/** A pause as written on the command line or in a CSV cell: `from..to`, optionally `from..to:reason`; `from..` is open. */
export interface PauseText {
  readonly from: string;
  /** Left out for an open pause (`2021-10-11..`), which runs until `asOf` or `end`. */
  readonly to?: string;
  readonly reason?: string;
}

/**
 * Reads `2021-10-11..2021-10-12` (or `2021-10-11..2021-10-12:补正材料`) into `{ from, to, reason? }`, and an open
 * pause `2021-10-11..` (or `2021-10-11..:等待申请人补正`) into `{ from, reason? }`. The dates are passed on as written,
 * so the rule's facts schema reports a bad one with its path.
 *
 * @param where - Where the text was written, for the message: one text, or its English and Chinese.
 * @throws {@link UsageError} INVALID_ARGUMENT when the text has no `..`.
 *
 * @internal
 */
export function parsePause(text: string, where: string | BilingualText): PauseText {
  const { en, zh } = typeof where === 'string' ? { en: where, zh: where } : where;
  const match = /^([^.:]*)\.\.([^:]*)(?::(.+))?$/.exec(text.trim());
  if (!match) {
    throw new UsageError(
      `${en}: a pause is written <from>..<to> (e.g. 2021-10-11..2021-10-12), got ${JSON.stringify(text)}.`,
      `${zh}：中止计时期间应写作 <起始日>..<结束日>（如 2021-10-11..2021-10-12），收到的是 ${JSON.stringify(text)}。`,
    );
  }
  const [, from = '', to = '', reason] = match;
  return { from: from.trim(), ...(to.trim() === '' ? {} : { to: to.trim() }), ...(reason === undefined ? {} : { reason }) };
}
