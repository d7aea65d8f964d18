import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseBoolean } from '../../src/index.js';
import { caught } from '../fixtures/caught.js';
import { untyped } from '../fixtures/untyped.js';


describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['TRUE', true], // Excel's and WPS's own spelling
    ['True', true],
    ['是', true],
    ['Y', true],
    ['y', true],
    ['1', true],
    [1, true],
    [true, true],
    [' TRUE ', true],
    ['１', true],
    ['false', false],
    ['FALSE', false],
    ['False', false],
    ['否', false],
    ['N', false],
    ['0', false],
    [0, false],
    [false, false],
  ])('reads %j as %s', (value, expected) => {
    expect(parseBoolean(value)).toBe(expected);
  });

  it.each(['yes', 'no', '有', '无', '√', '×', 'T', 'F', '2', '-1', '', ' ', 'true false', 'tRUE'] as const)('guesses nothing: %j is INVALID_ARGUMENT', (value) => {
    const error = caught(() => parseBoolean(value, { name: 'supplierIsSme' }));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toContain(`\`supplierIsSme\` is ${JSON.stringify(value)}`);
    expect(error.message).toContain('true/false, TRUE/FALSE, True/False, 是/否, Y/N, 1/0');
  });

  it.each([2, 0.5, NaN, null, undefined])('refuses %s', (value) => {
    expect(caught(() => parseBoolean(value)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('parseAmount', () => {
  it.each([
    ['1200000.00', '1200000.00'],
    ['1,200,000.00', '1200000.00'],
    ['¥1,200,000', '1200000'],
    ['￥1,200,000.50', '1200000.50'],
    ['¥ 1200000', '1200000'],
    ['1200000元', '1200000'],
    ['1,200,000.00 元', '1200000.00'],
    ['１，２００，０００．００', '1200000.00'],
    ['￥１２００', '1200'],
    [' 300000 ', '300000'],
    ['999', '999'],
    ['0.1', '0.1'],
    [0.1, '0.1'],
    [1200000, '1200000'],
    ['-5', '-5'],
  ])('reads %j as %s yuan, exactly', (value, expected) => {
    expect(parseAmount(value)).toBe(expected);
  });

  it.each([
    ['120', '1200000'],
    ['120万元', '1200000'],
    ['120万', '1200000'],
    ['１２０．５万元', '1205000.0'],
    ['0.000001', '0.01'],
    ['1,234.5678', '12345678.00'],
    [120.5, '1205000.0'],
    ['1200000元', '1200000'], // says 元: stays in yuan
  ])('reads %j in a 万元 column as %s yuan, exactly', (value, expected) => {
    expect(parseAmount(value, { unit: '万元' })).toBe(expected);
  });

  it.each(['120万元', '120万', '1,20', '1.200,00', '12,00,000', '1,2000', '$100', 'USD 100', '100美元', '1e6', '', '¥', '1 200 000', '一百万', '100.', '.5', '--5'])(
    'guesses nothing: %j is INVALID_ARGUMENT',
    (value) => {
      const error = caught(() => parseAmount(value, { name: 'contractAmount' }));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toContain(`\`contractAmount\` is ${JSON.stringify(value)}, not an amount`);
      expect(error.message).toContain("'1,200,000.00'");
    },
  );

  it('says how to read 万元 when a value is written in it', () => {
    expect(caught(() => parseAmount('120万元')).message).toMatch(/only when asked: unit '万元'/);
  });

  it.each([NaN, Infinity, null, undefined, true])('refuses %s', (value) => {
    expect(caught(() => parseAmount(value)).code).toBe('INVALID_ARGUMENT');
  });

  it('refuses an unknown unit', () => {
    expect(caught(() => parseAmount('1', { unit: untyped('千元') })).code).toBe('INVALID_ARGUMENT');
  });

  it('keeps every digit of an amount with thousands separators (a law)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }), (yuan, fen) => {
        const plain = `${yuan}.${String(fen).padStart(2, '0')}`;
        const grouped = `${yuan.toLocaleString('en-US')}.${String(fen).padStart(2, '0')}`;
        expect(parseAmount(`¥${grouped}`)).toBe(plain);
        // Times 10 000: the fen become whole yuan, the two decimals stay.
        expect(parseAmount(plain, { unit: '万元' })).toBe(`${(yuan * 100n + BigInt(fen)) * 100n}.00`);
      }),
      { seed: 21, numRuns: 300 },
    );
  });
});
