import { describe, expect, it } from 'vitest';
import { isBlank, readNumber } from '../../src/addon/cell-value';
import { InputError } from '../../src/core/input-error';

describe('readNumber', () => {
  it('passes numbers through and reads blanks as undefined', () => {
    expect(readNumber('stock', 12)).toBe(12);
    expect(readNumber('stock', 0)).toBe(0);
    for (const blank of ['', '   ', null, undefined])
      expect(readNumber('stock', blank)).toBeUndefined();
    expect(isBlank(0)).toBe(false);
  });

  it('reads numbers pasted as text from reports', () => {
    expect(readNumber('stock', '1,234')).toBe(1234);
    expect(readNumber('stock', ' 12 ')).toBe(12);
    expect(readNumber('price', '$12,905.25')).toBe(12905.25);
    expect(readNumber('price', '￥1，200')).toBe(1200);
    expect(readNumber('share', '12.02%')).toBeCloseTo(0.1202, 12);
    expect(readNumber('stock', '１２３')).toBe(123);
    expect(readNumber('stock', '-5')).toBe(-5);
    expect(readNumber('stock', '1e3')).toBe(1000);
  });

  it('names the argument and the value when it cannot read a number', () => {
    expect(() => readNumber('stock', 'abc')).toThrow(/stock must be a number, got 'abc'/);
    expect(() => readNumber('stock', true)).toThrow(/stock must be a number, got TRUE/);
    expect(() => readNumber('stock', new Date(2026, 0, 1))).toThrow(/got a date/);
    expect(() => readNumber('stock', '12 units')).toThrow(/'12 units'/);
    expect(() => readNumber('stock', Number.NaN)).toThrow(/got NaN/);
  });

  it('reads commas as thousands separators only between groups of three digits', () => {
    expect(readNumber('stock', '12,345,678')).toBe(12345678);
    expect(readNumber('stock', '-1,234.5')).toBe(-1234.5);
    expect(readNumber('stock', '1，234')).toBe(1234);
    expect(readNumber('share', '1,234.5%')).toBeCloseTo(12.345, 12);
  });

  it('refuses a decimal comma by name, asking for a decimal point, in both languages', () => {
    for (const text of ['1,5', '12,50', '1,2345', '1,234,5', ',5', '1，5']) {
      expect(() => readNumber('stock', text), text).toThrow(
        `stock: use a decimal point (1.5, not 1,5), got '${text}'`,
      );
    }
    expect(() => readNumber('stock', '1,5')).toThrow(InputError);
    try {
      readNumber('stock', '1,5');
    } catch (error) {
      expect((error as InputError).text('zh-CN')).toBe(
        "stock：小数请用小数点（1.5，不是 1,5），当前为 '1,5'",
      );
    }
    // Text that is no number with or without the comma is named as not a number.
    expect(() => readNumber('stock', 'a,b')).toThrow(/stock must be a number, got 'a,b'/);
  });

  it('reads a 50,000-character cell in linear time', () => {
    const started = performance.now();
    expect(() => readNumber('stock', `${'1'.repeat(50_000)}x`)).toThrow(/stock must be a number/);
    expect(() => readNumber('stock', `${'1,'.repeat(25_000)}x`)).toThrow(/stock must be a number/);
    expect(() => readNumber('stock', '9'.repeat(50_000))).not.toThrow();
    expect(performance.now() - started).toBeLessThan(50);
  });
});
