/**
 * Full-width ASCII (what a Chinese input method types: `２０２１－０９－２８`, `１，２００`) as ASCII, the ideographic
 * space as a space and the full-width yen sign `￥` as `¥`; every other character as it is.
 *
 * @param text - Any text.
 * @returns The text with those characters replaced.
 *
 * @example
 * ```ts
 * halfWidth('￥１，２００．５０'); //=> '¥1,200.50'
 * ```
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\uFFE5]/g, (c) => (c === '\u3000' ? ' ' : c === '\uFFE5' ? '¥' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
