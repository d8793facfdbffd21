// Values as Amazon writes them in reports.

import { describe, expect, it } from 'vitest';
import { readReportDate, readReportNumber } from '../../../src/core/import/report-value';

const value = (v: unknown) => ({ kind: 'value', value: v });

describe('readReportNumber', () => {
  it.each([
    ['12,131', 12131],
    ['$12,905.25', 12905.25],
    ['$94.50', 94.5],
    ['12.02%', 0.1202],
    ['99.80%', 0.998],
    ['683', 683],
    [' 7 ', 7],
    ['EUR 1.234,56', 1234.56],
    ['12,5', 12.5],
    ['(12.00)', -12],
    ['-3', -3],
    ['US$1,000', 1000],
  ])('%s reads %d', (text, expected) => {
    expect(readReportNumber(text)).toEqual(value(expected));
  });

  it.each(['', '--', ' -- ', 'N/A'])('%j is blank', (text) => {
    expect(readReportNumber(text)).toEqual({ kind: 'blank' });
  });

  it.each(['abc', '12abc', '1,2,3', '1.2.3,4,5'])('%j is not a number', (text) => {
    expect(readReportNumber(text)).toEqual({ kind: 'invalid' });
  });
});

describe('readReportDate', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026-11-30T23:59:59-08:00', '2026-11-30'],
    ['2026-11-30T14:05:22+00:00', '2026-11-30'],
    ['2026-11-30 14:05:22 UTC', '2026-11-30'],
    ['11/30/2026', '2026-11-30'],
    ['30/11/2026', '2026-11-30'],
    ['30.11.2026', '2026-11-30'],
    ['2026/11/30', '2026-11-30'],
  ])('%s is %s', (text, day) => {
    expect(readReportDate(text)).toEqual(value(day));
  });

  it('refuses a month, a day that does not exist and text', () => {
    for (const text of ['11/2026', '2026-02-30', 'yesterday']) {
      expect(readReportDate(text)).toEqual({ kind: 'invalid' });
    }
    expect(readReportDate('')).toEqual({ kind: 'blank' });
  });
});
