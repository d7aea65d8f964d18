import { describe, expect, it } from 'vitest';
import { escapeIcsText } from '../../../src/calendar/export/escapeIcsText.js';
import { foldIcsLine } from '../../../src/calendar/export/foldIcsLine.js';
import { createCalendar, toICS } from '../../../src/calendar/index.js';
import { ODD_SCHEDULE } from './oddSchedule.js';
import { readIcsEvents } from './readIcsEvents.js';

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const outputs = { 'zh-CN': toICS(), en: toICS({ locale: 'en' }) };

/** The physical lines of an iCalendar text as bytes, split at CRLF. */
function physicalLines(ics: string): Uint8Array[] {
  const bytes = encoder.encode(ics);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
    }
  }
  expect(start).toBe(bytes.length);
  return lines;
}

describe('iCalendar format (RFC 5545)', () => {
  it.each(Object.entries(outputs))('ends every line with CRLF and has no other CR or LF (%s)', (_lang, ics) => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it.each(Object.entries(outputs))('folds every line to at most 75 octets without splitting a UTF-8 sequence (%s)', (_lang, ics) => {
    const lines = physicalLines(ics);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => strictDecoder.decode(line)).not.toThrow();
    }
    const folded = lines.filter((l) => l[0] === 0x20);
    expect(folded.length).toBeGreaterThan(100);
  });

  it('folds the long Chinese summary of 2015 (抗战胜利70周年纪念日) into several lines that unfold to the whole name', () => {
    const ics = toICS({ from: '2015-09-03', to: '2015-09-03' });
    const start = ics.indexOf('SUMMARY;');
    const summaryLines = ics.slice(start, ics.indexOf('\r\nDESCRIPTION', start)).split('\r\n');
    expect(summaryLines.length).toBeGreaterThan(1);
    expect(summaryLines.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
    expect(summaryLines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe('SUMMARY;LANGUAGE=zh-CN:中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日 放假');
    expect(readIcsEvents(ics).events[0]?.summary).toBe('中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日 放假');
  });

  it('folds at exactly 75 octets, keeping 3- and 4-octet characters whole', () => {
    const chinese = foldIcsLine(`SUMMARY:${'春'.repeat(30)}`).split('\r\n');
    expect(chinese.map((l) => encoder.encode(l).length)).toEqual([74, 25, 0]);
    const emoji = foldIcsLine(`X:${'🎉'.repeat(40)}`).split('\r\n');
    expect(emoji.map((l) => encoder.encode(l).length)).toEqual([74, 73, 17, 0]);
    expect(emoji.every((l) => !/[\uD800-\uDFFF]/.test(l.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))).toBe(true);
    expect(foldIcsLine('A'.repeat(75))).toBe(`${'A'.repeat(75)}\r\n`);
    expect(foldIcsLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A\r\n`);
  });

  it('escapes backslashes, semicolons, commas and line breaks in TEXT values, and drops forbidden control characters', () => {
    expect(escapeIcsText('a, b; c\\d\ne\r\nf\rg')).toBe('a\\, b\\; c\\\\d\\ne\\nf\\ng');
    expect(escapeIcsText('tab\tkept, bell\u0007 and NUL\u0000 dropped\u007f')).toBe('tab\tkept\\, bell and NUL dropped');
  });

  it('writes a notice with commas, semicolons, backslashes, quotes and line breaks so that ical.js reads it back unchanged', () => {
    const ics = toICS({ calendar: createCalendar({ schedules: [ODD_SCHEDULE] }), from: '2027-01-01', to: '2027-01-31', locale: 'en' });
    expect(ics).toContain('URL:https://example.org/notice?a=1,b=2\r\n');
    const { events } = readIcsEvents(ics);
    expect(events.map((e) => e.uid)).toEqual(['20270101-new_year-rest@yingshang', '20270109-new_year-makeup@yingshang']);
    for (const event of events) {
      expect(event.description).toContain('Source: Notice, with; a \\ backslash\nand "quotes"\nthen CR\nend (X,1, published 2026-11-01)\nhttps://example.org/notice?a=1,b=2');
      expect(event.url).toBe('https://example.org/notice?a=1,b=2');
    }
  });

  it('names the calendar and writes no METHOD, so that DTSTAMP is the time the data was last revised', () => {
    const head = outputs['zh-CN'].slice(0, outputs['zh-CN'].indexOf('BEGIN:VEVENT'));
    expect(head).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//yingshang//Chinese working-day calendar//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:中国法定节假日安排\r\n');
    expect(outputs['zh-CN']).not.toMatch(/^METHOD:/m);
  });
});
