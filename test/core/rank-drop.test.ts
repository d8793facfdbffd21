// RANK_DROP's core: worked examples from R30 and the properties every severity must keep.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANK_SEVERITIES, rankDrop } from '../../src/core/rank-drop';

describe('rankDrop worked examples', () => {
  it('calls a top-30 keyword that falls beyond 100 SEVERE (R30: Top 30 → Top 100)', () => {
    expect(rankDrop(12, 140)).toEqual({ fall: 128, severity: 'SEVERE' });
    expect(rankDrop(30, 101)).toEqual({ fall: 71, severity: 'SEVERE' });
  });

  it('calls a keyword that left the tracked range SEVERE, with no fall in places', () => {
    expect(rankDrop(55, undefined)).toEqual({ fall: undefined, severity: 'SEVERE' });
  });

  it('is MODERATE beyond 10 places, STABLE within, RECOVERED at or above the reference', () => {
    expect(rankDrop(12, 30)).toEqual({ fall: 18, severity: 'MODERATE' });
    expect(rankDrop(31, 140)).toEqual({ fall: 109, severity: 'MODERATE' }); // not a top-30 keyword
    expect(rankDrop(30, 100)).toEqual({ fall: 70, severity: 'MODERATE' }); // not beyond 100
    expect(rankDrop(12, 22)).toEqual({ fall: 10, severity: 'STABLE' });
    expect(rankDrop(12, 13)).toEqual({ fall: 1, severity: 'STABLE' });
    expect(rankDrop(12, 12)).toEqual({ fall: 0, severity: 'RECOVERED' });
    expect(rankDrop(12, 3)).toEqual({ fall: -9, severity: 'RECOVERED' });
  });

  it('takes thresholds, defaults where blank', () => {
    expect(rankDrop(12, 60, { severeTop: 20, severeBeyond: 50 })?.severity).toBe('SEVERE');
    expect(rankDrop(12, 60, { severeTop: 10 })?.severity).toBe('MODERATE');
    expect(rankDrop(12, 15, { moderatePlaces: 2 })?.severity).toBe('MODERATE');
    expect(rankDrop(12, 15, { moderatePlaces: 0 })?.severity).toBe('MODERATE');
  });

  it('is blank when both ranks are blank, and names what is wrong otherwise', () => {
    expect(rankDrop(undefined, undefined)).toBeUndefined();
    expect(() => rankDrop(undefined, 12)).toThrow(/rank_before is blank/);
    expect(() => rankDrop(0, 12)).toThrow(/rank_before must be greater than 0, got 0/);
    expect(() => rankDrop(12, 2.5)).toThrow(/rank_now must be a whole number, got 2.5/);
    expect(() => rankDrop(12, 20, { severeTop: 50, severeBeyond: 40 })).toThrow(
      /severe_beyond must be greater than severe_top \(50\), got 40/,
    );
    expect(() => rankDrop(12, 20, { moderatePlaces: -1 })).toThrow(
      /moderate_places cannot be negative/,
    );
  });
});

const rank = fc.integer({ min: 1, max: 10_000 });
const order = (s: string) => RANK_SEVERITIES.indexOf(s as (typeof RANK_SEVERITIES)[number]);

describe('rankDrop properties', () => {
  it('the fall is the places between the two ranks', () => {
    fc.assert(
      fc.property(rank, rank, (before, now) => {
        expect(rankDrop(before, now)?.fall).toBe(now - before);
      }),
    );
  });

  it('at or above the reference is always RECOVERED', () => {
    fc.assert(
      fc.property(rank, rank, (a, b) => {
        const [before, now] = a >= b ? [a, b] : [b, a];
        expect(rankDrop(before, now)?.severity).toBe('RECOVERED');
      }),
    );
  });

  it('falling further never makes the severity milder', () => {
    fc.assert(
      fc.property(rank, rank, rank, (before, x, y) => {
        const [near, far] = x <= y ? [x, y] : [y, x];
        const a = rankDrop(before, near)?.severity as string;
        const b = rankDrop(before, far)?.severity as string;
        expect(order(b)).toBeGreaterThanOrEqual(order(a));
        expect(order('SEVERE')).toBeGreaterThanOrEqual(order(b)); // off the range is the worst
      }),
    );
  });

  it('SEVERE with a known rank only for a top keyword now beyond the limit', () => {
    fc.assert(
      fc.property(
        rank,
        rank,
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 100 }),
        (before, now, top, extra, places) => {
          const thresholds = { severeTop: top, severeBeyond: top + extra, moderatePlaces: places };
          const drop = rankDrop(before, now, thresholds);
          const severe = before <= top && now > top + extra;
          expect(drop?.severity === 'SEVERE').toBe(severe);
          if (!severe && now - before > places) expect(drop?.severity).toBe('MODERATE');
        },
      ),
    );
  });
});
