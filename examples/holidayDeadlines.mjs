// Working-day deadlines around the 2021 National Day holiday (国办发明电〔2020〕27号), computed with the built package.
import { addCalendarDays, addWorkingDays, getDayInfo, holidaysOf } from 'yingshang/calendar';

const weekday = (iso) => ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][getDayInfo(iso).weekday - 1];
const label = (iso) => {
  const info = getDayInfo(iso);
  const holiday = info.holiday ? ` ${info.holiday.name.zh}` : '';
  return `${iso} ${weekday(iso)} ${info.kind}${holiday}`;
};

const nationalDay = holidaysOf(2021).find((h) => h.key === 'national_day');
console.log(`${nationalDay.name.zh} ${nationalDay.name.en} 2021: rest ${nationalDay.restDays[0]} … ${nationalDay.restDays.at(-1)}, make-up working days ${nationalDay.makeupDays.join(', ')}`);
console.log(`source: ${nationalDay.notice.title} (${nationalDay.notice.docNo}, published ${nationalDay.notice.publishedOn})\n`);

console.log('Payment within 5 working days of the invoice (measure 15):');
for (const invoice of ['2021-09-27', '2021-09-28', '2021-09-29', '2021-09-30', '2021-10-08']) {
  console.log(`  invoice ${label(invoice).padEnd(34)} → pay by ${label(addWorkingDays(invoice, 5))}`);
}

console.log('\nContract within 20 days of the award notice (measure 13, 民法典 §203 roll):');
for (const notice of ['2021-09-08', '2021-09-11', '2021-09-17']) {
  const nominal = addCalendarDays(notice, 20, { roll: 'none' });
  const due = addCalendarDays(notice, 20);
  console.log(`  notice ${notice} → day 20 is ${label(nominal).padEnd(30)} → sign by ${label(due)}`);
}
