/**
 * Reads the plan's verbatim texts out of `seeds/jiangjin-2021-113.txt` and writes `src/measures/data.generated.ts`.
 * Editorial data (English titles, topics, department ids…) stays in the hand-written `src/measures/editorial.ts`;
 * this script only reads it to know which measures have no title sentence and which unit names are known.
 *
 * Usage: `tsx scripts/generate/generateMeasuresData.ts` (write) or `tsx scripts/generate/generateMeasuresData.ts --check`
 * (exit 1 when the generated file is stale or the seed no longer parses).
 */
import { readFileSync } from 'node:fs';
import { EDITORIAL } from '../../src/measures/editorial.js';
import type { SeedCatalogue, SeedMeasure, SeedSection } from '../../src/measures/_internal/seedCatalogue.js';
import { PACKAGE_ROOT, runAsScript, writeGenerated } from './writeGenerated.js';

/** Path of the seed, relative to the package root. */
export const SEED_PATH = 'seeds/jiangjin-2021-113.txt';
/** Path of the generated data file, relative to the package root. */
const GENERATED_PATH = 'src/measures/data.generated.ts';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const CHAPTER_RE = /^([一二三四五六七八九十])、(.+)$/;
const SECTION_RE = /^（([一二三四五六七八九十])）(.+?)。(（牵头单位：.+）)$/;
const SAFEGUARD_RE = /^（([一二三四五六七八九十])）((.+?)。.*)$/;
const MEASURE_RE = /^(\d+)[．.](.+)$/;
const DATE_RE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** A line of the seed with its 1-based number, trimmed. */
interface Line {
  readonly no: number;
  readonly text: string;
}

function fail(line: Line | undefined, message: string): never {
  throw new Error(`${SEED_PATH}${line ? `:${line.no}` : ''}: ${message}${line ? ` (line: ${line.text.slice(0, 40)}…)` : ''}`);
}

function numeralValue(numeral: string, line: Line): number {
  const n = NUMERALS.indexOf(numeral) + 1;
  if (n === 0) fail(line, `unknown numeral ${numeral}`);
  return n;
}

/** Splits a unit list such as `区发展改革委、区公安局，区级有关单位` (both separators occur). */
function splitUnits(list: string, line: Line): string[] {
  const units = list.split(/[、，]/);
  if (units.some((u) => u.trim() === '' || u !== u.trim())) fail(line, `empty or padded unit in "${list}"`);
  return units;
}

/** Parses a section's parenthesis into lead and responsible units (责任单位, once written 责任部门). */
function parseUnits(unitsText: string, line: Line): { lead: string[]; responsible: string[] } {
  const inner = /^（牵头单位：(.+?)(?:，责任(?:单位|部门)：(.+))?）$/.exec(unitsText);
  if (!inner?.[1]) fail(line, `unreadable unit parenthesis ${unitsText}`);
  return { lead: splitUnits(inner[1], line), responsible: inner[2] ? splitUnits(inner[2], line) : [] };
}

/** Fails unless src/measures/editorial.ts has an entry for exactly the chapters, sections… the seed has. */
function checkEditorial(keys: Readonly<Record<'chapters' | 'sections' | 'safeguards' | 'measures' | 'departments' | 'implements', string[]>>): void {
  const tables = {
    chapters: EDITORIAL.chapterTitles,
    sections: EDITORIAL.sectionTitles,
    safeguards: EDITORIAL.safeguardTitles,
    measures: EDITORIAL.measures,
    departments: EDITORIAL.departments,
    implements: EDITORIAL.plan.implements,
  };
  for (const [table, wanted] of Object.entries(keys)) {
    const have = Object.keys(tables[table as keyof typeof tables]);
    const missing = wanted.filter((k) => !have.includes(k));
    const extra = have.filter((k) => !wanted.includes(k));
    if (missing.length > 0) fail(undefined, `src/measures/editorial.ts has no ${table} entry for ${missing.join(', ')}`);
    if (extra.length > 0) fail(undefined, `src/measures/editorial.ts has ${table} entries the seed does not: ${extra.join(', ')}`);
  }
}

/**
 * Parses the seed into the verbatim catalogue. Every non-blank line must be recognised; anything else is an error.
 *
 * @param seedText - The content of the seed file.
 * @returns The catalogue that `data.generated.ts` holds.
 * @throws Error naming the seed line when the text does not have the expected structure.
 */
export function parseSeed(seedText: string): SeedCatalogue {
  const lines: Line[] = seedText
    .split('\n')
    .map((text, i) => ({ no: i + 1, text: text.trim() }))
    .filter((l) => l.text !== '');
  let i = 0;
  const next = (what: string): Line => lines[i++] ?? fail(undefined, `unexpected end of file, expected ${what}`);
  const expect = (re: RegExp, what: string): [Line, RegExpExecArray] => {
    const line = next(what);
    const m = re.exec(line.text);
    if (!m) fail(line, `expected ${what}`);
    return [line, m];
  };

  // The covering notice.
  const [, issuerM] = expect(/^(.+办公室)$/, 'the issuing office');
  const [, noticeTitle1] = expect(/^(关于.+)$/, 'the notice title');
  const [, noticeTitle2] = expect(/^(.+的通知)$/, 'the end of the notice title');
  const [, docNoM] = expect(/^(.+〔\d{4}〕\d+号)$/, 'the document number');
  const [, addresseesM] = expect(/^(.+)：$/, 'the addressees');
  const [, noticeTextM] = expect(/^《(.+)》已经(.+?第(\d+)次常务会议)审议通过，.+$/, 'the notice text');
  const [, signedByM] = expect(/^(.+办公室)$/, 'the signature');
  const [dateLine, dateM] = expect(DATE_RE, 'the date');
  const [, disclosureM] = expect(/^（(.+)）$/, 'the disclosure note');
  const [, title1] = expect(/^(.+)$/, 'the plan title');
  const [, title2] = expect(/^(.+方案)$/, 'the end of the plan title');
  const [, preambleM] = expect(/^(为.+制定本实施方案。)$/, 'the preamble');

  const title = `${title1[1]}${title2[1]}`;
  if (noticeTextM[1] !== title) fail(undefined, `the notice names 《${noticeTextM[1]}》 but the plan is titled ${title}`);
  if (signedByM[1] !== issuerM[1]) fail(undefined, `signed by ${signedByM[1]} but issued by ${issuerM[1]}`);
  const [, y, mo, d] = dateM;
  const issuedOn = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (Number.isNaN(Date.parse(`${issuedOn}T00:00:00Z`))) fail(dateLine, 'impossible date');

  const preamble = preambleM[1] ?? '';
  const implementsList = [...preamble.matchAll(/《([^》]+)》(?:（([^）]+)）)?/g)].map((m) =>
    m[2] ? { title: m[1] ?? '', docNo: m[2] } : { title: m[1] ?? '' },
  );

  // The body.
  const chapters: { number: number; title: string }[] = [];
  const sections: (Omit<SeedSection, 'measureNumbers'> & { measureNumbers: number[] })[] = [];
  const measures: SeedMeasure[] = [];
  const safeguards: { ordinal: number; title: string; text: string }[] = [];
  let closingClause: string | undefined;

  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (closingClause !== undefined) fail(line, 'text after the closing clause');
    const chapter = chapters.at(-1);
    let m: RegExpExecArray | null;
    if ((m = CHAPTER_RE.exec(line.text))) {
      const number = numeralValue(m[1] ?? '', line);
      if (number !== chapters.length + 1) fail(line, `chapter ${number} out of order`);
      chapters.push({ number, title: m[2] ?? '' });
    } else if ((m = SECTION_RE.exec(line.text))) {
      if (!chapter) fail(line, 'section before the first chapter');
      const ordinal = numeralValue(m[1] ?? '', line);
      const inChapter = sections.filter((s) => s.chapter === chapter.number).length;
      if (ordinal !== inChapter + 1) fail(line, `section ${ordinal} out of order`);
      const unitsText = m[3] ?? '';
      const { lead, responsible } = parseUnits(unitsText, line);
      sections.push({
        chapter: chapter.number,
        ordinal,
        title: m[2] ?? '',
        unitsText,
        leadUnits: lead,
        responsibleUnits: responsible,
        measureNumbers: [],
      });
    } else if ((m = MEASURE_RE.exec(line.text))) {
      const section = sections.at(-1);
      if (!chapter || !section || section.chapter !== chapter.number) fail(line, 'measure outside a section');
      const number = Number(m[1]);
      if (number !== measures.length + 1) fail(line, `measure ${number} out of order (expected ${measures.length + 1})`);
      const text = m[2] ?? '';
      const editorial = EDITORIAL.measures[number];
      if (!editorial) fail(line, `measure ${number} has no entry in src/measures/editorial.ts`);
      let measureTitle: string | null = null;
      if (editorial.editorialTitle === undefined) {
        const end = text.indexOf('。');
        if (end <= 0) fail(line, `measure ${number} has no title sentence; give it an editorialTitle`);
        measureTitle = text.slice(0, end);
      }
      section.measureNumbers.push(number);
      measures.push({ number, chapter: chapter.number, sectionOrdinal: section.ordinal, title: measureTitle, text });
    } else if (/^本方案.+施行。$/.test(line.text)) {
      closingClause = line.text;
    } else if ((m = SAFEGUARD_RE.exec(line.text))) {
      if (!chapter || sections.some((s) => s.chapter === chapter.number)) fail(line, 'unnumbered item in a chapter of sections');
      const ordinal = numeralValue(m[1] ?? '', line);
      if (ordinal !== safeguards.length + 1) fail(line, `safeguard ${ordinal} out of order`);
      safeguards.push({ ordinal, title: m[3] ?? '', text: m[2] ?? '' });
    } else {
      fail(line, 'unrecognised line');
    }
  }
  if (closingClause === undefined) fail(undefined, 'no closing clause (本方案…施行。)');
  if (closingClause !== '本方案自印发之日起施行。') fail(undefined, `closing clause changed: ${closingClause}`);
  if (sections.some((s) => s.measureNumbers.length === 0)) fail(undefined, 'a section without measures');

  const departmentNames: string[] = [];
  for (const s of sections) {
    for (const name of [...s.leadUnits, ...s.responsibleUnits]) {
      if (!departmentNames.includes(name)) departmentNames.push(name);
    }
  }
  checkEditorial({
    chapters: chapters.map((c) => String(c.number)),
    sections: sections.map((s) => `${s.chapter}.${s.ordinal}`),
    safeguards: safeguards.map((s) => String(s.ordinal)),
    measures: measures.map((m) => String(m.number)),
    departments: departmentNames,
    implements: implementsList.map((d) => d.title),
  });

  return {
    source: SEED_PATH,
    notice: {
      issuer: issuerM[1] ?? '',
      title: `${noticeTitle1[1]}${noticeTitle2[1]}`,
      docNo: docNoM[1] ?? '',
      addressees: addresseesM[1] ?? '',
      text: noticeTextM[0],
      signedBy: signedByM[1] ?? '',
      dateText: dateM[0],
      issuedOn,
      disclosure: disclosureM[1] ?? '',
      adoptedAt: noticeTextM[2] ?? '',
      adoptedAtMeetingNumber: Number(noticeTextM[3]),
    },
    title,
    preamble,
    implements: implementsList,
    closingClause,
    chapters,
    sections,
    measures,
    safeguards,
    departmentNames,
  };
}

const MAX_WIDTH = 120;

/** Serialises plain data as a TypeScript literal in the repository's style: single quotes, trailing commas, short lists inline. */
function toTsLiteral(value: unknown, indent: string): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => toTsLiteral(v, inner));
    const flat = `[${items.join(', ')}]`;
    if (!items.some((x) => x.includes('\n')) && indent.length + flat.length <= MAX_WIDTH) return flat;
    return `[\n${items.map((x) => `${inner}${x},\n`).join('')}${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => {
      const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : toTsLiteral(k, inner);
      return `${key}: ${toTsLiteral(v, inner)}`;
    });
    const flat = `{ ${entries.join(', ')} }`;
    if (!entries.some((x) => x.includes('\n')) && indent.length + flat.length <= MAX_WIDTH) return flat;
    return `{\n${entries.map((x) => `${inner}${x},\n`).join('')}${indent}}`;
  }
  throw new Error(`cannot serialise ${typeof value}`);
}

/**
 * Renders the content of `src/measures/data.generated.ts` for a seed text.
 *
 * @param seedText - The content of the seed file.
 * @returns The TypeScript source, ending with a newline.
 * @throws Error when the seed does not parse (see {@link parseSeed}).
 */
function renderMeasuresData(seedText: string): string {
  const literal = toTsLiteral(parseSeed(seedText), '');
  return [
    `// GENERATED from ${SEED_PATH} by scripts/generate/generateMeasuresData.ts. Do not edit.`,
    '// Run `tsx scripts/generate/generateMeasuresData.ts` after changing the seed or src/measures/editorial.ts.',
    "import type { SeedCatalogue } from './_internal/seedCatalogue.js';",
    '',
    '/** The plan as read verbatim from the seed. */',
    `export const SEED: SeedCatalogue = ${literal};`,
    '',
  ].join('\n');
}

/**
 * Writes (or with `check` compares) the measures' data module, from the seed.
 *
 * @param check - Compare with the file on disk instead of writing it.
 * @returns `false` when checking and the file is stale.
 * @throws Error naming the seed's line when the seed no longer parses.
 */
export function generateMeasuresData(check: boolean): boolean {
  const seedText = readFileSync(`${PACKAGE_ROOT}${SEED_PATH}`, 'utf8');
  const out = renderMeasuresData(seedText);
  const detail = ` (${parseSeed(seedText).measures.length} measures)`;
  return writeGenerated(GENERATED_PATH, out, { check, command: 'tsx scripts/generate/generateMeasuresData.ts', detail });
}

runAsScript(import.meta.url, generateMeasuresData);
