import { describe, expect, it } from 'vitest';
import {
  PlanChapterSchema,
  DepartmentSchema,
  getPlan,
  listDepartments,
  listMeasures,
  listSafeguards,
  listSections,
  MeasureSchema,
  PlanSchema,
  PlanSafeguardSchema,
  PlanSectionSchema,
  TOPICS,
} from '../../src/measures/index.js';

describe('the measures catalogue', () => {
  it('validates against its own zod schemas', () => {
    expect(PlanSchema.safeParse(getPlan()).success).toBe(true);
    for (const c of getPlan().chapters) expect(PlanChapterSchema.safeParse(c).success).toBe(true);
    for (const s of listSections()) expect(PlanSectionSchema.safeParse(s).success, `section ${s.chapter}.${s.ordinal}`).toBe(true);
    for (const m of listMeasures()) expect(MeasureSchema.safeParse(m).success, `measure ${m.number}`).toBe(true);
    for (const s of listSafeguards()) expect(PlanSafeguardSchema.safeParse(s).success, `safeguard ${s.ordinal}`).toBe(true);
    for (const d of listDepartments()) expect(DepartmentSchema.safeParse(d).success, d.name.zh).toBe(true);
  });

  it('orders the 53 measures by number with ids m01 to m53', () => {
    expect(listMeasures()).toHaveLength(53);
    listMeasures().forEach((m, i) => {
      expect(m.number).toBe(i + 1);
      expect(m.id).toBe(`m${String(i + 1).padStart(2, '0')}`);
    });
  });

  it('numbers measures continuously across chapters: 1–22, 23–36 and 37–53', () => {
    const range = (c: number): number[] => listMeasures().filter((m) => m.chapter === c).map((m) => m.number);
    expect([range(1).at(0), range(1).at(-1), range(2).at(0), range(2).at(-1), range(3).at(0), range(3).at(-1)]).toEqual([
      1, 22, 23, 36, 37, 53,
    ]);
  });

  it('lists each measure in exactly the section it points to', () => {
    const listed = listSections().flatMap((s) => s.measureNumbers);
    expect(listed).toEqual(listMeasures().map((m) => m.number));
    for (const s of listSections()) {
      for (const n of s.measureNumbers) expect(listMeasures()[n - 1]?.section).toEqual({ chapter: s.chapter, ordinal: s.ordinal });
    }
  });

  it('gives measures the very department objects of their section and of the registry', () => {
    for (const m of listMeasures()) {
      const s = listSections().find((x) => x.chapter === m.section.chapter && x.ordinal === m.section.ordinal);
      expect(m.leadUnits).toBe(s?.leadUnits);
      expect(m.responsibleUnits).toBe(s?.responsibleUnits);
      for (const d of [...m.leadUnits, ...m.responsibleUnits]) expect(listDepartments()).toContain(d);
    }
  });

  it('has three sections with lead units only: 3.4, 3.5 and 3.6', () => {
    expect(listSections().filter((s) => s.responsibleUnits.length === 0).map((s) => `${s.chapter}.${s.ordinal}`)).toEqual([
      '3.4',
      '3.5',
      '3.6',
    ]);
  });

  it('flags only measure 20 as having an editorial title', () => {
    expect(listMeasures().filter((m) => m.titleIsEditorial).map((m) => m.number)).toEqual([20]);
  });

  it('gives every measure an English title and one or more distinct topics from the vocabulary', () => {
    for (const m of listMeasures()) {
      expect(m.title.en.trim()).not.toBe('');
      expect(m.topics.length).toBeGreaterThan(0);
      expect(new Set(m.topics).size).toBe(m.topics.length);
      for (const t of m.topics) expect(TOPICS).toContain(t);
    }
  });

  it('uses every topic of the vocabulary at least once', () => {
    const used = new Set(listMeasures().flatMap((m) => m.topics));
    expect([...TOPICS].filter((t) => !used.has(t))).toEqual([]);
  });

  it('has four chapters, the fourth holding the four safeguards', () => {
    expect(getPlan().chapters.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(getPlan().chapters.map((c) => c.title.zh)).toEqual([
      '打造便利的市场环境',
      '打造高效的政务环境',
      '打造公平公正的法治环境',
      '加强优化营商环境实施保障',
    ]);
    expect(listSafeguards().map((s) => s.title.zh)).toEqual(['加强组织领导', '狠抓措施落实', '强化评估督导', '加大宣传力度']);
    expect(new Set(listMeasures().map((m) => m.chapter))).toEqual(new Set([1, 2, 3]));
  });

  it('gives English titles to the plan, chapters, sections and safeguards', () => {
    for (const text of [getPlan().title.en, getPlan().issuer.en, ...getPlan().implements.map((d) => d.title.en)]) expect(text).not.toBe('');
    for (const x of [...getPlan().chapters, ...listSections(), ...listSafeguards()]) expect(x.title.en).not.toBe('');
  });
});
