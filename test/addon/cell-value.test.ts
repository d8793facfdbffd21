import { describe, expect, it } from 'vitest';
import { isBlank, readNumber } from '../../src/addon/cell-value';

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
});
