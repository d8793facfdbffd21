// The sidebar's keyword panel through getSidebarState: per phase, from the keyword-rank sheet.

import { describe, expect, it } from 'vitest';
import { getSidebarState } from '../../../src/addon/sidebar/sidebar-endpoints';
import { OFF_RANGE } from '../../../src/core/keywords/rank-log';
import { NOW, sidebarWorld } from '../sidebar/sidebar-world';
import { MUG_RANKS } from './mug-ranks';

function world(withRanks = true) {
  const w = sidebarWorld();
  if (withRanks) w.spreadsheet.addSheet('Keyword ranks').seed(MUG_RANKS);
  return w;
}

describe('the sidebar’s keyword panel', () => {
  it('in RECOVERY: the core keywords to win back, targets, done marks and who took the place', () => {
    const w = world();
    w.spreadsheet.select('A4');
    const state = getSidebarState(w.services, NOW);
    expect(state.plan?.phase).toBe('RECOVERY');
    expect(state.keywords).toEqual({
      phase: 'RECOVERY',
      rule: 'R37',
      sheet: 'Keyword ranks',
      restockDate: '2026-11-21',
      sprint: [
        expect.objectContaining({
          keyword: 'enamel mug',
          target: 6,
          worst: 150,
          fall: 144,
          latest: 20,
          done: false,
          takenBy: [{ asin: 'B0TAKER', rank: 19 }],
        }),
        expect.objectContaining({ keyword: 'camping mug', target: 12, latest: 11, done: true }),
      ],
    });
  });

  it('in OUT_OF_STOCK: the biggest falls so far', () => {
    const w = world();
    w.spreadsheet.select('A3');
    const state = getSidebarState(w.services, NOW);
    expect(state.keywords).toEqual({
      phase: 'OUT_OF_STOCK',
      rule: 'R30',
      sheet: 'Keyword ranks',
      falls: [expect.objectContaining({ keyword: 'red mug', reference: 9, latest: OFF_RANGE })],
    });
  });

  it('in PRE_STOCKOUT: the reminder with the last day logged', () => {
    const w = world();
    const state = getSidebarState(w.services, NOW);
    expect(state.keywords).toEqual({
      phase: 'PRE_STOCKOUT',
      rule: 'R22',
      sheet: 'Keyword ranks',
      lastLogged: '2026-11-24',
      daysSince: 2,
    });
  });

  it('without a keyword-rank sheet, says so; for a healthy SKU, shows nothing', () => {
    const w = world(false);
    expect(getSidebarState(w.services, NOW).keywords).toEqual({
      phase: 'PRE_STOCKOUT',
      rule: 'R22',
    });
    w.spreadsheet.select('A5');
    const healthy = getSidebarState(w.services, NOW);
    expect(healthy.plan?.phase).toBe('HEALTHY');
    expect(healthy.keywords).toBeUndefined();
  });

  it('reads the rank sheet in a constant number of calls, whatever its length', () => {
    const count = (extra: number) => {
      const w = world();
      const sheet = w.spreadsheet.sheet('Keyword ranks');
      const filler = Array.from({ length: extra }, (_, i) => [
        '2026-11-01',
        `OTHER-${i}`,
        'kw',
        'core',
        5,
      ]);
      sheet.seed(filler, MUG_RANKS.length + 1);
      w.spreadsheet.select('A4');
      w.calls.reset();
      getSidebarState(w.services, NOW);
      return w.calls.count();
    };
    expect(count(5_000)).toBe(count(10));
  });
});
