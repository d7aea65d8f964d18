import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorOf, MESSAGE_CASES } from '../../../scripts/generate/messageCases.js';
import { MESSAGES_GOLDEN_PATHS, renderMessages } from '../../../scripts/generate/generateMessagesGolden.js';
import type { ErrorCode } from '../../../src/errors/codes.js';
import { InvalidArgumentError } from '../../../src/errors/index.js';
import { formatError, listRules } from '../../../src/rules/index.js';

/** The codes the library throws (INVALID_INPUT is the CLI's, for a line it cannot read: test/cli). */
const THROWN: Readonly<Record<Exclude<ErrorCode, 'INVALID_INPUT'>, true>> = {
  INVALID_DATE: true,
  CALENDAR_OUT_OF_RANGE: true,
  INVALID_SCHEDULE: true,
  INVALID_NOTICE: true,
  INVALID_ARGUMENT: true,
  UNKNOWN_MEASURE: true,
  UNKNOWN_DEPARTMENT: true,
  UNKNOWN_RULE: true,
  INVALID_RULE: true,
  INVALID_FACTS: true,
};

/** Names of the API that a person reading a message in Chinese must never meet. */
const API_NAMES = [/createCalendar/, /--schedules/, /--provisional/, /unpublishedYears/, /[A-Z][A-Za-z]*Schema\b/, /`/, /\boptions\./, /\bdetails\./];

describe('golden messages (regenerate deliberately with `npm run golden:messages`, then review the diff)', () => {
  it.each(['zh', 'en'] as const)('match %s word for word', (locale) => {
    expect(renderMessages(locale)).toBe(readFileSync(new URL(`../../../${MESSAGES_GOLDEN_PATHS[locale]}`, import.meta.url), 'utf8'));
  });

  it('cover every error code the library throws', () => {
    expect([...new Set(MESSAGE_CASES.map((c) => c.code))].sort()).toEqual(Object.keys(THROWN).sort());
  });
});

describe('messages for a person', () => {
  const forPeople = MESSAGE_CASES.filter((c) => c.audience === 'person').map((c) => [c.title, c] as const);

  it.each(forPeople)('%s: in Chinese, without an API name or a rule id', (_, messageCase) => {
    const text = formatError(errorOf(messageCase), 'zh');
    expect(text).toMatch(/\p{Script=Han}/u);
    for (const name of API_NAMES) expect(text).not.toMatch(name);
    for (const rule of listRules()) expect(text).not.toContain(rule.id);
  });

  it.each(forPeople)('%s: in English, without a call of the API', (_, messageCase) => {
    const text = formatError(errorOf(messageCase), 'en');
    for (const name of API_NAMES.slice(0, 4)) expect(text).not.toMatch(name);
    for (const rule of listRules()) expect(text).not.toContain(rule.id);
  });

  it('echo the bad value, name the field and say what is valid', () => {
    const [facts] = MESSAGE_CASES;
    const error = errorOf(facts as (typeof MESSAGE_CASES)[number]);
    expect(formatError(error, 'zh')).toBe('「获得用水（一般项目用户）」的数据有误：起算日：“2021-02-30”不是真实存在的日期：2021年2月只有28天。');
    expect(formatError(error, 'zh-CN')).toBe(formatError(error, 'zh'));
    expect(formatError(error)).toBe(formatError(error, 'zh'));
    // error.message stays English, for logs and developers.
    expect(error.message).toBe("Invalid facts for rule 'm06-water-connection': start: '2021-02-30' is not a real date: February 2021 has 28 days.");
  });

  it('formats a JSON copy of an error, as a batch item or a log carries it, the same way', () => {
    for (const messageCase of MESSAGE_CASES) {
      const error = errorOf(messageCase);
      const copy = JSON.parse(JSON.stringify({ code: error.code, message: error.message, details: error.details })) as typeof error;
      expect(formatError(copy, 'zh')).toBe(formatError(error, 'zh'));
    }
  });
});

/** Words of an English sentence: a Chinese message may quote codes, field names and values, never these. */
const ENGLISH_WORDS = /\b(?:is|are|must|got|not|the|an?|of|or|expected|valid|accepted|such as|before|after)\b/u;

describe('messages for a developer', () => {
  it('are wholly Chinese in Chinese, the English detail of `message` left out', () => {
    for (const c of MESSAGE_CASES.filter((m) => m.audience === 'developer')) expect(formatError(errorOf(c), 'zh'), c.title).not.toMatch(ENGLISH_WORDS);
    const bare = new InvalidArgumentError('`to` is before `from`; a list runs forwards.', { argument: 'to' });
    expect(formatError(bare, 'zh')).toBe('参数 to 无效。');
    const worded = new InvalidArgumentError('`to` is before `from`.', { argument: 'to', value: '2021-01-01', zh: { problem: '早于 from', expected: '不早于 from 的日期' } });
    expect(formatError(worded, 'zh')).toBe('参数 to 无效（收到2021-01-01）：早于 from。应为不早于 from 的日期。');
  });

  it('keep the API names a developer looks up', () => {
    const rule = MESSAGE_CASES.find((c) => c.code === 'INVALID_RULE');
    expect(formatError(errorOf(rule as (typeof MESSAGE_CASES)[number]), 'zh')).toContain('RuleDefinitionSchema');
  });
});
