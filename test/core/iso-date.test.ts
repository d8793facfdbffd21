// Calendar-day arithmetic on ISO text: real days only, across months, years and leap days.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, isoDate } from '../../src/core/iso-date';

describe('ISO days', () => {
  it('builds only real days', () => {
    expect(isoDate(2026, 11, 26)).toBe('2026-11-26');
    expect(isoDate(2028, 2, 29)).toBe('2028-02-29');
    expect(isoDate(2026, 2, 29)).toBeUndefined();
    expect(isoDate(2026, 13, 1)).toBeUndefined();
    expect(isoDate(2026, 4, 31)).toBeUndefined();
    expect(isIsoDate('2026-11-26')).toBe(true);
    expect(isIsoDate('2026-11-31')).toBe(false);
    expect(isIsoDate('26.11.2026')).toBe(false);
  });

  it('counts and shifts days across month and year ends', () => {
    expect(daysBetween('2026-11-26', '2026-12-01')).toBe(5);
    expect(daysBetween('2026-12-01', '2026-11-26')).toBe(-5);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('shifting by n days puts the days n apart', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: -5000, max: 5000 }),
        (date, n) => {
          const day = date.toISOString().slice(0, 10);
          const shifted = addDays(day, n);
          expect(isIsoDate(shifted)).toBe(true);
          expect(daysBetween(day, shifted)).toBe(n);
          expect(shifted > day).toBe(n > 0);
        },
      ),
    );
  });
});
