import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isYingshangError } from '../../src/errors/YingshangError.js';
import { UnknownDepartmentError } from '../../src/errors/measureErrors.js';
import { listDepartments, getDepartment, listSections } from '../../src/measures/index.js';

const SEED = readFileSync(new URL('../../seeds/jiangjin-2021-113.txt', import.meta.url), 'utf8');

describe('the department registry', () => {
  it('has the 29 units the sections name, each once, in order of first appearance', () => {
    const named: string[] = [];
    for (const s of listSections()) for (const d of [...s.leadUnits, ...s.responsibleUnits]) if (!named.includes(d.name.zh)) named.push(d.name.zh);
    expect(listDepartments().map((d) => d.name.zh)).toEqual(named);
    expect(listDepartments()).toHaveLength(29);
  });

  it('writes every name exactly as the plan does', () => {
    for (const d of listDepartments()) expect(SEED, d.name.zh).toContain(d.name.zh);
  });

  it('never lets an id, name or alias point at two units', () => {
    const keys = listDepartments().flatMap((d) => [d.id, d.name.zh, ...d.aliases]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds 江津区市场监管局, 江津区税务局 and 江津区规划自然资源局 by their 区… aliases', () => {
    expect(getDepartment('区市场监管局').name.zh).toBe('江津区市场监管局');
    expect(getDepartment('区税务局').name.zh).toBe('江津区税务局');
    expect(getDepartment('区规划自然资源局').name.zh).toBe('江津区规划自然资源局');
  });

  it('returns the same frozen object for an id, the name and every alias', () => {
    for (const d of listDepartments()) {
      for (const key of [d.id, d.name.zh, ...d.aliases]) expect(getDepartment(key)).toBe(d);
    }
  });

  it('keeps 区级有关单位, 区级有关部门 and 有关水电气要素保障单位 as three distinct placeholders', () => {
    const placeholders = listDepartments().filter((d) => d.kind === 'placeholder').map((d) => d.name.zh);
    expect(placeholders).toEqual(['区级有关单位', '有关水电气要素保障单位', '区级有关部门']);
    expect(getDepartment('区级有关单位')).not.toBe(getDepartment('区级有关部门'));
  });

  it('classifies the court, the utilities, the bank and regulator branches and the management committees', () => {
    const kindOf = (name: string): string => getDepartment(name).kind;
    expect(kindOf('区法院')).toBe('court');
    for (const name of ['国网重庆江津区供电公司', '重庆江津天然气有限责任公司', '重庆水务集团江津自来水有限公司']) {
      expect(kindOf(name)).toBe('state_owned_enterprise');
    }
    expect(kindOf('人行江津中心支行')).toBe('bank_or_regulator_branch');
    expect(kindOf('江津银保监分局')).toBe('bank_or_regulator_branch');
    expect(kindOf('江津综合保税区管委会')).toBe('management_committee');
    expect(kindOf('区财政局')).toBe('district_department');
  });

  it('gives every unit a lower_snake id and an English name', () => {
    for (const d of listDepartments()) {
      expect(d.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(d.name.en.trim()).not.toBe('');
    }
  });

  it('throws UNKNOWN_DEPARTMENT naming the input and the accepted forms for an unknown unit', () => {
    let caught: unknown;
    try {
      getDepartment('区市场局');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UnknownDepartmentError);
    expect(isYingshangError(caught, 'UNKNOWN_DEPARTMENT')).toBe(true);
    const error = caught as UnknownDepartmentError;
    expect(error.name).toBe('UnknownDepartmentError');
    expect(error.message).toContain("'区市场局'");
    expect(error.message).toMatch(/id .*name .*alias/);
    expect(error.details['input']).toBe('区市场局');
    expect(error.details['validIds']).toEqual(listDepartments().map((d) => d.id));
  });

  it('matches exactly: no trimming, no partial names, no other types', () => {
    for (const input of [' 区法院', '法院', '', 'DISTRICT_COURT', 42, null, undefined]) {
      expect(() => getDepartment(input as string), String(input)).toThrow(UnknownDepartmentError);
    }
  });
});
