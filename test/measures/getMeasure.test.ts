import { describe, expect, it } from 'vitest';
import { isYingshangError, YingshangError } from '../../src/errors/YingshangError.js';
import { UnknownMeasureError } from '../../src/errors/measureErrors.js';
import { getMeasure, listMeasures } from '../../src/measures/index.js';

function thrown(input: unknown): UnknownMeasureError {
  try {
    getMeasure(input as number);
  } catch (e) {
    return e as UnknownMeasureError;
  }
  throw new Error(`getMeasure(${String(input)}) did not throw`);
}

describe('getMeasure', () => {
  it('finds every measure by its number and by its id, returning the catalogue object', () => {
    for (const m of listMeasures()) {
      expect(getMeasure(m.number)).toBe(m);
      expect(getMeasure(m.id)).toBe(m);
    }
  });

  it('returns measure 6 with its verbatim title and units', () => {
    const m = getMeasure('m06');
    expect(m.title.zh).toBe('压减接入时间');
    expect(m.text.startsWith('压减接入时间。获得用水一般项目用户全流程总用时不超过9个工作日。')).toBe(true);
    expect(m.leadUnits.map((d) => d.name.zh)).toEqual(['区经济信息委', '区城市管理局']);
    expect(m.responsibleUnits.at(-1)?.name.zh).toBe('有关水电气要素保障单位');
  });

  it.each([0, 54, -1, 6.5, Number.NaN, Number.POSITIVE_INFINITY, 'm54', 'm00', 'm6', 'M06', '6', '06', '', ' m06', null, undefined, {}, [6]])(
    'throws UNKNOWN_MEASURE for %j',
    (input) => {
      const error = thrown(input);
      expect(error).toBeInstanceOf(UnknownMeasureError);
      expect(error).toBeInstanceOf(YingshangError);
      expect(isYingshangError(error, 'UNKNOWN_MEASURE')).toBe(true);
      expect(error.name).toBe('UnknownMeasureError');
      expect(error.details['input']).toBe(input);
    },
  );

  it('says what was wrong and what is valid', () => {
    expect(thrown(54).message).toBe("Unknown measure 54: measures are numbered 1–53, ids 'm01'…'m53'.");
    expect(thrown('m54').message).toBe("Unknown measure 'm54': measures are numbered 1–53, ids 'm01'…'m53'.");
  });

  it('rejects a numeric string and suggests the number or the id instead', () => {
    expect(thrown('6').message).toContain("write getMeasure(6) or getMeasure('m06')");
  });
});
