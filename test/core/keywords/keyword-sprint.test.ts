// R37, R43: the recovery sprint list — which core keywords, in which order, with which targets.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/iso-date';
import { keywordSprintList } from '../../../src/core/keywords/keyword-sprint';
import { type LoggedRank, OFF_RANGE, rankOrder } from '../../../src/core/keywords/rank-log';
import { entry, MAT_LOG, RESTOCK, TODAY } from './rank-log-fixture';

describe('keywordSprintList', () => {
  it('lists the core keywords that fell most, biggest fall first, with their targets', () => {
    const list = keywordSprintList(MAT_LOG, { sku: 'MAT-01', restockDate: RESTOCK, today: TODAY });
    expect(list.map((k) => [k.keyword, k.target, k.worst, k.fall, k.latest, k.done])).toEqual([
      ['yoga mat', 7, OFF_RANGE, undefined, 12, false],
      ['non slip yoga mat', 18, 120, 102, 17, true],
      ['thick exercise mat', 40, 70, 30, 55, false],
    ]);
    expect(list.every((k) => k.rule === 'R37')).toBe(true);
  });

  it('names the competitors that moved ahead (R31), best rank first, not the one already ahead', () => {
    const [yogaMat] = keywordSprintList(MAT_LOG, {
      sku: 'mat-01',
      restockDate: RESTOCK,
      today: TODAY,
    });
    expect(yogaMat?.takenBy).toEqual([
      { asin: 'B0DDD', rank: 11 },
      { asin: 'B0BBB', rank: 44 },
      { asin: 'B0CCC', rank: 59 },
    ]);
  });

  it('leaves out long-tail keywords, small falls, other SKUs and logs after today', () => {
    const names = keywordSprintList(MAT_LOG, {
      sku: 'MAT-01',
      restockDate: RESTOCK,
      today: TODAY,
    }).map((k) => k.keyword);
    expect(names).not.toContain('pink yoga mat');
    expect(names).not.toContain('mat for pilates');
    expect(names).not.toContain('yoga block');
    const early = keywordSprintList(MAT_LOG, {
      sku: 'MAT-01',
      restockDate: RESTOCK,
      today: '2026-10-25',
    });
    expect(early.find((k) => k.keyword === 'yoga mat')?.latest).toBe(45);
  });

  it('honours thresholds, the limit and the look-back span', () => {
    const strict = keywordSprintList(MAT_LOG, {
      sku: 'MAT-01',
      restockDate: RESTOCK,
      today: TODAY,
      thresholds: { moderatePlaces: 40 },
    });
    expect(strict.map((k) => k.keyword)).toEqual(['yoga mat', 'non slip yoga mat']);
    expect(
      keywordSprintList(MAT_LOG, { sku: 'MAT-01', restockDate: RESTOCK, today: TODAY, limit: 1 }),
    ).toHaveLength(1);
    // With only 40 days looked back, the pre-stockout ranks of early October are not seen.
    const short = keywordSprintList(MAT_LOG, {
      sku: 'MAT-01',
      restockDate: RESTOCK,
      today: TODAY,
      lookbackDays: 40,
    });
    expect(short.find((k) => k.keyword === 'yoga mat')?.target).toBe(45);
  });

  it('is empty when nothing was logged', () => {
    expect(keywordSprintList([], { sku: 'MAT-01', restockDate: RESTOCK, today: TODAY })).toEqual(
      [],
    );
  });
});

const loggedRank: fc.Arbitrary<LoggedRank> = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 1, max: 400 }) },
  { weight: 1, arbitrary: fc.constant(OFF_RANGE) },
);

describe('keywordSprintList properties', () => {
  it('is ordered by fall, holds only real falls of core keywords, and marks done truthfully', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            keyword: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
            day: fc.integer({ min: 0, max: 60 }),
            rank: loggedRank,
            longTail: fc.boolean(),
          }),
          { maxLength: 80 },
        ),
        (rows) => {
          const start = '2026-10-01';
          const log = rows.map((r) =>
            entry(addDays(start, r.day), r.keyword, r.rank, {
              kind: r.keyword === 'f' && r.longTail ? 'long-tail' : 'core',
            }),
          );
          const today = addDays(start, 60);
          const list = keywordSprintList(log, { sku: 'MAT-01', restockDate: today, today });
          const falls = list.map((k) => k.fall ?? Number.POSITIVE_INFINITY);
          for (let i = 1; i < falls.length; i++) {
            expect(falls[i]).toBeLessThanOrEqual(falls[i - 1] as number);
          }
          for (const item of list) {
            const own = log
              .filter((e) => e.keyword === item.keyword)
              .sort((a, b) => (a.date < b.date ? -1 : 1));
            expect(own.some((e) => e.kind === 'long-tail' && e === own.at(-1))).toBe(false);
            expect(item.fall === undefined || item.fall > 10).toBe(true);
            for (const e of own)
              expect(rankOrder(e.rank)).toBeLessThanOrEqual(rankOrder(item.worst));
            expect(item.target).toBeLessThan(rankOrder(item.worst));
            const latest = own.at(-1)?.rank as LoggedRank;
            expect(item.done).toBe(latest !== OFF_RANGE && latest <= item.target);
          }
        },
      ),
    );
  });
});
