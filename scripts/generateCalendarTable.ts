/**
 * Compiles the calendar seeds (seeds/calendar/cn/<year>.json) into src/calendar/officialNotices.generated.ts
 * and their JSON Schema into seeds/calendar/schedule-year.schema.json.
 *
 *   tsx scripts/generateCalendarTable.ts          regenerate
 *   tsx scripts/generateCalendarTable.ts --check  fail if a seed is invalid or a generated file is stale
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod/mini';
import { buildCalendarIndex } from '../src/calendar/calendarIndex.js';
import { compileSchedule } from '../src/calendar/compileSchedule.js';
import { workingRunsAroundHolidays } from './workingRunsAroundHolidays.js';
import { findOverlappingDays, findScheduleIssues } from '../src/calendar/findScheduleIssues.js';
import { packNotice, unpackNotice } from '../src/calendar/noticeCodec.js';
import { ScheduleYearSchema, type ScheduleYear } from '../src/calendar/scheduleSchema.js';
import { writeGenerated } from './writeGenerated.js';

const SEED_DIR = 'seeds/calendar/cn';
const TABLE = 'src/calendar/officialNotices.generated.ts';
const SCHEMA = 'seeds/calendar/schedule-year.schema.json';
const check = process.argv.includes('--check');

const problems: string[] = [];
const schedules: ScheduleYear[] = [];
const files = readdirSync(SEED_DIR).filter((f) => /^\d{4}\.json$/.test(f)).sort();
for (const file of files) {
  const result = ScheduleYearSchema.safeParse(JSON.parse(readFileSync(join(SEED_DIR, file), 'utf8')));
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  if (`${result.data.year}.json` !== file) problems.push(`${file}: year is ${result.data.year}, but the file is named ${file}`);
  result.data.notices.forEach((notice, i) => {
    if (notice.publishedOnSource === undefined) problems.push(`${file}: notices.${i}.publishedOnSource: say where publishedOn comes from`);
  });
  schedules.push(result.data);
}
for (const issue of findScheduleIssues(schedules, (i) => [`${schedules[i]?.year}.json`])) problems.push(`${issue.path.join('.')}: ${issue.message}`);
const notices = schedules.flatMap(compileSchedule);
for (const issue of findOverlappingDays(notices)) problems.push(`${issue.path.join('.')}: ${issue.message}`);
// The packed form leaves out what it can rebuild (usual issuer, title, docNo, url): it must rebuild exactly the notice.
for (const n of notices) if (!isDeepStrictEqual(unpackNotice(packNotice(n)), n)) problems.push(`${n.year}.json: ${n.docNo} does not survive packing (see noticeCodec.ts)`);
const years = schedules.map((s) => s.year);
years.forEach((y, i) => {
  if (i > 0 && y !== (years[i - 1] ?? 0) + 1) problems.push(`seed years are not consecutive: ${years[i - 1]} is followed by ${y}`);
});

const table = [
  `// GENERATED from ${SEED_DIR}/*.json by scripts/generateCalendarTable.ts. Do not edit: change the seeds and run \`npm run data:generate\`.`,
  `import type { PackedNotice } from './noticeCodec.js';`,
  '',
  `/** The official notices ${years[0] ?? ''}–${years[years.length - 1] ?? ''}, packed (see noticeCodec.ts). */`,
  'export const OFFICIAL_TABLE: readonly PackedNotice[] = [',
  ...notices.map((n) => `  ${JSON.stringify(packNotice(n))},`),
  '];',
  '',
].join('\n');
const schema = `${JSON.stringify(z.toJSONSchema(ScheduleYearSchema, { unrepresentable: 'any' }), null, 2)}\n`;

// 第七条 of the 2024 law: 「法定节假日假期前后连续工作一般不超过6天」. Reported, not enforced ("除个别特殊情形外").
if (years.length > 0) {
  const index = buildCalendarIndex(notices, years[0] ?? 0, years[years.length - 1] ?? 0);
  for (const run of workingRunsAroundHolidays(index, 2025)) {
    console.warn(`warning: ${run.days} consecutive working days ${run.side} ${run.holiday} (${run.from} to ${run.to}); the law says at most 6 except in special cases`);
  }
}

if (problems.length > 0) {
  console.error(`Calendar seeds have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const outputs: [string, string][] = [
  [TABLE, table],
  [SCHEMA, schema],
];
for (const [path, content] of outputs) {
  if (!writeGenerated(path, content, { check, command: 'npm run data:generate' })) process.exit(1);
}
console.log(`calendar seeds OK: ${files.length} years, ${notices.length} notices`);
