/**
 * Checks the catalogue against the seed with a parser of its own, written independently of
 * scripts/generate/generateMeasuresData.ts: a line classifier plus a character-level comparison of the whole document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listMeasures, getPlan, listSafeguards, listSections } from '../../src/measures/index.js';

const SEED = readFileSync(new URL('../../seeds/jiangjin-2021-113.txt', import.meta.url), 'utf8');
const CN = '一二三四五六七八九十';

interface ParsedSection {
  chapter: number;
  ordinal: number;
  title: string;
  parenthesis: string;
  lead: string[];
  responsible: string[];
  responsibleLabel: string | null;
  measures: number[];
}

interface Parsed {
  chapters: { number: number; title: string }[];
  sections: ParsedSection[];
  measures: { number: number; separator: string; text: string; chapter: number; ordinal: number }[];
  safeguards: { chapter: number; ordinal: number; text: string }[];
  closing: string[];
}

/** Splits `A、B，C` at both separators, scanning characters. */
function units(list: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of list) {
    if (ch === '、' || ch === '，') {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out;
}

/** A small parser of the plan's body (from the first chapter heading on). */
function parseBody(text: string): Parsed {
  const all = text.split(/\r?\n/).map((l) => l.trim());
  const start = all.findIndex((l) => l.startsWith('一、'));
  const parsed: Parsed = { chapters: [], sections: [], measures: [], safeguards: [], closing: [] };
  for (const line of all.slice(start)) {
    if (line === '') continue;
    const head = line.charAt(0);
    if (CN.includes(head) && line.charAt(1) === '、') {
      parsed.chapters.push({ number: CN.indexOf(head) + 1, title: line.slice(2) });
    } else if (head === '（') {
      const close = line.indexOf('）');
      const ordinal = CN.indexOf(line.slice(1, close)) + 1;
      const chapter = parsed.chapters.length;
      const rest = line.slice(close + 1);
      const open = rest.indexOf('（牵头单位：');
      if (open >= 0) {
        const parenthesis = rest.slice(open);
        const inner = parenthesis.slice('（牵头单位：'.length, -1);
        const labelAt = inner.search(/，责任(单位|部门)：/);
        parsed.sections.push({
          chapter,
          ordinal,
          title: rest.slice(0, open - 1),
          parenthesis,
          lead: units(labelAt < 0 ? inner : inner.slice(0, labelAt)),
          responsible: labelAt < 0 ? [] : units(inner.slice(labelAt + '，责任单位：'.length)),
          responsibleLabel: labelAt < 0 ? null : inner.slice(labelAt + 1, labelAt + 5),
          measures: [],
        });
      } else {
        parsed.safeguards.push({ chapter, ordinal, text: rest });
      }
    } else if (/^[0-9]/.test(line)) {
      const digits = /^[0-9]+/.exec(line)?.[0] ?? '';
      const section = parsed.sections.at(-1) as ParsedSection;
      const number = Number(digits);
      section.measures.push(number);
      parsed.measures.push({
        number,
        separator: line.charAt(digits.length),
        text: line.slice(digits.length + 1),
        chapter: section.chapter,
        ordinal: section.ordinal,
      });
    } else {
      parsed.closing.push(line);
    }
  }
  return parsed;
}

const seed = parseBody(SEED);

describe('the catalogue against the seed, read by an independent parser', () => {
  it('finds 53 measures numbered 1–53 without gaps, each separated from its number by ． or .', () => {
    expect(seed.measures.map((m) => m.number)).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
    expect(new Set(seed.measures.map((m) => m.separator))).toEqual(new Set(['．', '.']));
    expect(listMeasures().map((m) => m.number)).toEqual(seed.measures.map((m) => m.number));
  });

  it('has every measure text exactly as the seed paragraph, without the number and separator', () => {
    for (const m of seed.measures) {
      expect(listMeasures()[m.number - 1]?.text, `measure ${m.number}`).toBe(m.text);
    }
  });

  it('places every measure in the chapter and section the seed puts it in', () => {
    for (const m of seed.measures) {
      const model = listMeasures()[m.number - 1];
      expect(model?.chapter, `measure ${m.number}`).toBe(m.chapter);
      expect(model?.section, `measure ${m.number}`).toEqual({ chapter: m.chapter, ordinal: m.ordinal });
    }
  });

  it('takes each title from the opening sentence of its measure, except the editorial title of measure 20', () => {
    for (const m of listMeasures()) {
      const firstSentence = m.text.slice(0, m.text.indexOf('。'));
      if (m.number === 20) {
        expect(m.titleIsEditorial).toBe(true);
        expect(m.title.zh).not.toBe(firstSentence);
        expect(m.title.zh).not.toContain('。');
      } else {
        expect(m.titleIsEditorial, `measure ${m.number}`).toBe(false);
        expect(m.title.zh, `measure ${m.number}`).toBe(firstSentence);
      }
    }
  });

  it('has the 18 sections of chapters 一–三 with the seed titles and measure numbers', () => {
    expect(seed.sections.map((s) => [s.chapter, s.ordinal])).toEqual(listSections().map((s) => [s.chapter, s.ordinal]));
    expect([1, 2, 3].map((c) => listSections().filter((s) => s.chapter === c).length)).toEqual([7, 5, 6]);
    for (const [i, s] of seed.sections.entries()) {
      expect(listSections()[i]?.title.zh).toBe(s.title);
      expect(listSections()[i]?.measureNumbers).toEqual(s.measures);
    }
  });

  it('matches every section’s lead and responsible units with the seed parenthesis, in order, placeholders included', () => {
    for (const [i, s] of seed.sections.entries()) {
      const model = listSections()[i];
      const where = `section ${s.chapter}.${s.ordinal}`;
      expect(model?.unitsText, where).toBe(s.parenthesis);
      expect(model?.leadUnits.map((d) => d.name.zh), where).toEqual(s.lead);
      expect(model?.responsibleUnits.map((d) => d.name.zh), where).toEqual(s.responsible);
    }
    expect(seed.sections.filter((s) => s.responsibleLabel === '责任部门')).toHaveLength(1);
    expect(seed.sections.filter((s) => s.responsibleLabel === null).map((s) => `${s.chapter}.${s.ordinal}`)).toEqual([
      '3.4',
      '3.5',
      '3.6',
    ]);
  });

  it('gives each measure the lead and responsible units of its section', () => {
    for (const s of seed.sections) {
      for (const n of s.measures) {
        expect(listMeasures()[n - 1]?.leadUnits.map((d) => d.name.zh)).toEqual(s.lead);
        expect(listMeasures()[n - 1]?.responsibleUnits.map((d) => d.name.zh)).toEqual(s.responsible);
      }
    }
  });

  it('has the four safeguard texts of chapter 四 verbatim, titled by their first sentence', () => {
    expect(seed.safeguards.map((s) => s.chapter)).toEqual([4, 4, 4, 4]);
    expect(listSafeguards().map((s) => s.text)).toEqual(seed.safeguards.map((s) => s.text));
    expect(listSafeguards().map((s) => s.ordinal)).toEqual(seed.safeguards.map((s) => s.ordinal));
    for (const s of listSafeguards()) expect(s.text.startsWith(`${s.title.zh}。`)).toBe(true);
  });

  it('has the chapter titles and the closing clause verbatim', () => {
    expect(getPlan().chapters.map((c) => [c.number, c.title.zh])).toEqual(seed.chapters.map((c) => [c.number, c.title]));
    expect(seed.closing).toEqual([getPlan().closingClause]);
  });

  it('leaves nothing of the seed unmodelled: the model re-renders the whole document character for character', () => {
    const numeral = (n: number): string => CN.charAt(n - 1);
    const rendered: string[] = [
      getPlan().issuer.zh,
      getPlan().notice.title,
      getPlan().docNo,
      `${getPlan().notice.addressees}：`,
      getPlan().notice.text,
      getPlan().notice.signedBy,
      getPlan().notice.dateText,
      `（${getPlan().notice.disclosure}）`,
      getPlan().title.zh,
      getPlan().preamble,
    ];
    for (const c of getPlan().chapters) {
      rendered.push(`${numeral(c.number)}、${c.title.zh}`);
      for (const s of listSections().filter((x) => x.chapter === c.number)) {
        rendered.push(`（${numeral(s.ordinal)}）${s.title.zh}。${s.unitsText}`);
        for (const n of s.measureNumbers) rendered.push(`${n}．${listMeasures()[n - 1]?.text ?? ''}`);
      }
      for (const g of listSafeguards().filter((x) => x.chapter === c.number)) rendered.push(`（${numeral(g.ordinal)}）${g.text}`);
    }
    rendered.push(getPlan().closingClause);

    const squash = (text: string): string => text.replace(/^(\d+)\./gm, '$1．').replace(/\s+/g, '');
    expect(squash(rendered.join('\n'))).toBe(squash(SEED));
  });

  it('reads the plan metadata from the covering notice and the preamble', () => {
    const lines = SEED.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe(getPlan().issuer.zh);
    expect(getPlan().issuer.zh).toBe('重庆市江津区人民政府办公室');
    expect(getPlan().docNo).toBe('江津府办发〔2021〕113号');
    expect(getPlan().title.zh).toBe('江津区2021年深化“放管服”改革优化营商环境实施方案');
    expect(SEED).toContain(`《${getPlan().title.zh}》已经区政府第125次常务会议审议通过`);
    expect(getPlan().adoptedAt).toEqual({ meeting: '区政府第125次常务会议', meetingNumber: 125 });
    expect(lines).toContain('2021年8月1日');
    expect(getPlan().issuedOn).toBe('2021-08-01');
    expect(getPlan().effectiveFrom).toBe('2021-08-01');
    expect(getPlan().closingClause).toBe('本方案自印发之日起施行。');
    expect(getPlan().preamble.startsWith('为深入贯彻落实《优化营商环境条例》')).toBe(true);
    expect(getPlan().preamble.endsWith('制定本实施方案。')).toBe(true);
    expect(lines).toContain(getPlan().preamble);
    expect(getPlan().implements.map((d) => [d.level, d.docNo])).toEqual([
      ['national', undefined],
      ['municipal', '渝府办发〔2021〕48号'],
    ]);
  });
});
