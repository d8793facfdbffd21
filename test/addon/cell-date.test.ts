// Date cells as Sheets hands them over, and dates typed as text in the common ways.

import { describe, expect, it } from 'vitest';
import { dayIn, parseDateText, readDate } from '../../src/addon/cell-date';

describe('readDate', () => {
  it('accepts dates typed as text in the common forms', () => {
    for (const text of [
      '2026-11-26',
      '2026/11/26',
      '2026.11.26',
      '11/26/2026',
      '26/11/2026',
      '26.11.2026',
      '26-11-2026',
      '2026年11月26日',
      '２０２６年１１月２６日',
      ' 2026-11-26 10:30 ',
      '2026-11-26T08:00:00Z',
    ]) {
      expect(readDate('eta', text, 'UTC'), text).toBe('2026-11-26');
    }
    expect(parseDateText('3/4/2026')).toBe('2026-03-04'); // month first, as Sheets writes it
    expect(parseDateText('2026-3-4')).toBe('2026-03-04');
  });

  it('reads real dates in the spreadsheet’s time zone and serial day numbers', () => {
    // Midnight of 26 Nov in Shanghai is still the 25th in UTC.
    const shanghaiMidnight = new Date('2026-11-25T16:00:00Z');
    expect(readDate('eta', shanghaiMidnight, 'Asia/Shanghai')).toBe('2026-11-26');
    expect(dayIn(shanghaiMidnight, 'UTC')).toBe('2026-11-25');
    expect(readDate('eta', 46_352, 'UTC')).toBe('2026-11-26');
  });

  it('is blank for a blank cell and names anything else', () => {
    expect(readDate('eta', '', 'UTC')).toBeUndefined();
    expect(readDate('eta', '  ', 'UTC')).toBeUndefined();
    expect(() => readDate('ETA', 'next week', 'UTC')).toThrow(
      /ETA must be a date such as 2026-11-26, got 'next week'/,
    );
    expect(() => readDate('ETA', '2026-02-30', 'UTC')).toThrow(/got '2026-02-30'/);
    expect(() => readDate('ETA', '13/13/2026', 'UTC')).toThrow(/must be a date/);
    expect(() => readDate('ETA', 12, 'UTC')).toThrow(/got 12/);
    expect(() => readDate('ETA', new Date(Number.NaN), 'UTC')).toThrow(/an invalid date/);
  });

  it('reads a date with a time after it, and a 50,000-character cell in linear time', () => {
    expect(readDate('eta', '2026-11-26 10:00', 'UTC')).toBe('2026-11-26');
    expect(readDate('eta', '2026-11-26T10:00', 'UTC')).toBe('2026-11-26');
    expect(readDate('eta', '2026年11月26日 10:00', 'UTC')).toBe('2026-11-26');
    expect(() => readDate('eta', '2026-11-26x', 'UTC')).toThrow(/eta must be a date/);
    expect(() => readDate('eta', '2026-11-26 10:00\nlater', 'UTC')).toThrow(/eta must be a date/);
    const started = performance.now();
    expect(() => readDate('eta', `2026-11-26${' '.repeat(50_000)}x\ny`, 'UTC')).toThrow(
      /eta must be a date/,
    );
    expect(performance.now() - started).toBeLessThan(50);
  });
});
