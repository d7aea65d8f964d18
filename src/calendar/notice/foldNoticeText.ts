/** The traditional forms of the characters the parser reads, with their simplified forms (copies on the web use both). */
const SIMPLIFIED: Readonly<Record<string, string>> = {
  國: '国', 務: '务', 辦: '办', 廳: '厅', 關: '关', 於: '于', 節: '节', 勞: '劳', 動: '动', 慶: '庆', 調: '调', 補: '补', 與: '与',
  連: '连', 發: '发', 電: '电', 號: '号', 長: '长', 戰: '战', 爭: '争', 勝: '胜', 紀: '纪', 週: '周', 曆: '历', 歷: '历', 農: '农',
};
const TRADITIONAL = new RegExp(`[${Object.keys(SIMPLIFIED).join('')}]`, 'gu');

/**
 * The text as the parser reads it: full-width digits, letters and punctuation folded to their usual forms (NFKC),
 * and the traditional characters of the notices' vocabulary (國務院辦公廳, 春節, 調休…) to simplified ones.
 *
 * @example
 * ```ts
 * foldNoticeText('二、春節：１月２８日（週二）'); // '二、春节:1月28日(周二)'
 * ```
 */
export function foldNoticeText(text: string): string {
  return text.normalize('NFKC').replace(TRADITIONAL, (c) => SIMPLIFIED[c] ?? c);
}
