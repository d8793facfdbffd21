// R30, R22: during a stockout, the keywords that fell most so far; before it, the last day logged.

import { describe, expect, it } from 'vitest';
import { biggestFalls } from '../../../src/core/keywords/biggest-falls';
import { lastLoggedDate } from '../../../src/core/keywords/last-logged';
import { OFF_RANGE } from '../../../src/core/keywords/rank-log';
import { entry, MAT_LOG } from './rank-log-fixture';

describe('biggestFalls', () => {
  it('lists core and long-tail keywords by their fall so far, off the range first', () => {
    const falls = biggestFalls(MAT_LOG, { sku: 'MAT-01', today: '2026-11-05' });
    expect(
      falls.map((f) => [f.keyword, f.kind, f.reference, f.latest, f.fall, f.severity]),
    ).toEqual([
      // Spelt as most recently logged ('Yoga Mat '), trimmed.
      ['Yoga Mat', 'core', 7, OFF_RANGE, undefined, 'SEVERE'],
      ['non slip yoga mat', 'core', 18, 120, 102, 'SEVERE'],
      ['pink yoga mat', 'long-tail', 5, 90, 85, 'MODERATE'],
      ['thick exercise mat', 'core', 40, 70, 30, 'MODERATE'],
      ['mat for pilates', 'core', 15, 20, 5, 'STABLE'],
    ]);
    expect(falls.every((f) => f.rule === 'R30')).toBe(true);
  });

  it('leaves out keywords back at their reference and keeps to the limit', () => {
    const falls = biggestFalls(MAT_LOG, { sku: 'MAT-01', today: '2026-11-30', limit: 10 });
    expect(falls.map((f) => f.keyword)).not.toContain('non slip yoga mat');
    expect(biggestFalls(MAT_LOG, { sku: 'MAT-01', today: '2026-11-05', limit: 2 })).toHaveLength(2);
  });
});

describe('lastLoggedDate', () => {
  it('gives the latest day any keyword of the SKU was logged, ignoring future typos', () => {
    expect(lastLoggedDate(MAT_LOG, 'MAT-01', '2026-11-30')).toBe('2026-11-30');
    expect(lastLoggedDate(MAT_LOG, 'MAT-01', '2026-11-25')).toBe('2026-11-22');
    expect(lastLoggedDate([entry('2027-11-01', 'x', 3)], 'MAT-01', '2026-11-30')).toBeUndefined();
    expect(lastLoggedDate(MAT_LOG, 'NOPE', '2026-11-30')).toBeUndefined();
  });
});
