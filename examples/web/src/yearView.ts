// A year's holidays and make-up days, drawn month by month, with the library's ICS, CSV and JSON exports.
import { toCSV, toHolidayRecords, toICS, type Calendar } from 'yingshang/calendar';
import { daysInfo } from './dayMarks.js';
import { h } from './dom.js';
import { monthGrid } from './monthGrid.js';
import { plainDay } from './resultView.js';
import type { Lang, Strings } from './strings.js';

/** Offers `text` as a file to save, without any network request. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The years a calendar covers, in order. */
export function coveredYears(calendar: Calendar): number[] {
  const { from, to } = calendar.calendarCoverage();
  const first = Number(from.slice(0, 4));
  return Array.from({ length: Number(to.slice(0, 4)) - first + 1 }, (_, i) => first + i);
}

/** The year view: a year chooser, the year's holiday blocks with their notices, downloads, and twelve months. */
export function yearView(year: number, calendar: Calendar, t: Strings, lang: Lang, onYear: (year: number) => void): HTMLElement[] {
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const chooser = h(
    'div',
    { class: 'field' },
    h('label', { for: 'year' }, t.year),
    h('select', { id: 'year', name: 'year' }, coveredYears(calendar).map((y) => h('option', { value: String(y), selected: y === year }, String(y)))),
  );
  chooser.querySelector('select')?.addEventListener('change', (event) => onYear(Number((event.target as HTMLSelectElement).value)));
  const blocks = calendar.holidaysOf(year);
  const infos = daysInfo(calendar, range.from, range.to);
  const day = (iso: string) => iso.slice(5);
  // A single day off is one day (元旦 2020: 01-01), not a range from a day to itself.
  const span = (days: readonly string[]) => (days.length === 1 ? day(days[0] ?? '') : `${day(days[0] ?? '')}…${day(days.at(-1) ?? '')}`);
  const files = [
    ['ics', 'text/calendar', () => toICS({ calendar, ...range, locale: lang })],
    // A BOM, so that Excel and WPS open the download with its Chinese text right.
    ['csv', 'text/csv', () => toCSV({ calendar, ...range, bom: true })],
    ['json', 'application/json', () => `${JSON.stringify(toHolidayRecords({ calendar, ...range }), null, 2)}\n`],
  ] as const;
  return [
    chooser,
    h(
      'ul',
      { class: 'blocks' },
      blocks.map((block) =>
        h(
          'li',
          {},
          h('strong', {}, block.name[lang]),
          block.restDays.some((d) => infos.get(d)?.provisional === true) ? ` (${t.label.projected})` : '',
          `: ${t.restDays} ${span(block.restDays)}`,
          block.makeupDays.length === 0 ? '' : `; ${t.makeupDays} ${block.makeupDays.map(day).join(', ')}`,
          ' — ',
          block.restDays.some((d) => infos.get(d)?.provisional === true)
            ? t.projectedSource
            : h('a', { href: block.notice.url, target: '_blank', rel: 'noopener noreferrer', lang: 'zh-CN' }, block.notice.docNo),
        ),
      ),
    ),
    h(
      'div',
      { class: 'downloads', role: 'group', 'aria-label': t.downloads },
      h('span', {}, `${t.downloads}: `),
      files.map(([ext, type, make]) => {
        const button = h('button', { type: 'button', id: `download-${ext}` }, t.download[ext]);
        button.addEventListener('click', () => download(`holidays-${year}.${ext}`, type, make()));
        return button;
      }),
    ),
    h('div', { class: 'months year-months' }, Array.from({ length: 12 }, (_, i) => monthGrid(year, i + 1, (date) => plainDay(infos, date), t, lang, false, 'year'))),
  ];
}
