// R1, R6, R24: the Weekly review of the preview's sample, computed by the preview's engine from
// the add-on's own formulas: its urgent SKUs in order, its counts equal to the sidebar's, and
// each decision in the sidebar's own words for that SKU.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadSample } from '../../../preview/sample/load-sample';
import { LiveWorkbook } from '../../../preview/workbook/live-workbook';
import type { SidebarState } from '../../../src/addon/sidebar/sidebar-api';
import { REVIEW_MESSAGES } from '../../../src/addon/weekly-review/review-messages';
import { LIST_ROW } from '../../../src/addon/weekly-review/review-plan';
import { PHASES } from '../../../src/core/phase';
import { planText } from '../../../src/core/plan/plan-text';
import { REVIEW_ACTIONS } from '../../../src/core/review/weekly-review';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { sampleRow } from '../../preview/sample-cells';
import { coreReview, reviewList } from './computed-review';

const TODAY = new Date(2026, 10, 26);

describe('the Weekly review of the sample', () => {
  let live: LiveWorkbook;
  let rep: string;
  let review: string;

  beforeAll(() => {
    live = new LiveWorkbook({ userLocale: 'en', today: TODAY });
    rep = loadSample(live, TODAY, 'en');
    live.callGlobal('openWeeklyReview');
    live.syncIfDirty();
    review = live.world.spreadsheet.activeSheetUncounted().nameUncounted();
  });

  const values = (sheet: string, rows: number, columns: number) =>
    live.sync.engine.values(sheet, 0, rows, columns);
  const listed = () =>
    values(review, LIST_ROW + 40, 3)
      .slice(LIST_ROW - 1)
      .filter((row) => row[1] !== '')
      .map((row) => row.map(String));
  const core = () =>
    coreReview(
      live.sync.engine,
      rep,
      live.world.spreadsheet.sheet(rep).sizeUncounted().columns,
      DEFAULT_SETTINGS,
      40,
    );
  const sidebarFor = (sku: string): SidebarState => {
    live.world.spreadsheet.select(`A${sampleRow(sku)}`, rep);
    return live.callGlobal('getSidebarState').value as SidebarState;
  };

  it('lists the urgent SKUs in order: sea orders due, air, out of stock, overstock', () => {
    const list = listed();
    const label = (action: (typeof REVIEW_ACTIONS)[number]) =>
      REVIEW_MESSAGES.en[`action.${action}`];
    expect(list.slice(0, 2)).toEqual([
      [label('orderSea'), 'KT-PAN-10', 'Order 168 units now, by sea'],
      [label('orderSea'), 'HM-RUG-23', 'Order 70 units now, by sea'],
    ]);
    expect(list).toContainEqual([
      label('sendAir'),
      'KT-SBM-2P',
      'Order 792 units now: 552 by air, 240 by sea',
    ]);
    expect(list).toContainEqual([
      label('sendAir'),
      'OD-FAN-C',
      'Order 2,040 units now: 840 by air, 1,200 by sea',
    ]);
    // Actions in the list's order, each listed once.
    const ranks = list.map((row) => REVIEW_ACTIONS.findIndex((action) => label(action) === row[0]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(list.map((row) => row[1])).size).toBe(list.length);
    // Out of stock with its inbound in 9 days (air would land later), then the most overstocked first.
    expect(list.slice(-5).map((row) => row[1])).toEqual([
      'KT-SPT-6',
      'HM-DFR-300',
      'KT-TMR-2',
      'KT-TWL-6',
      'OD-TRM-6',
    ]);
  });

  it('gives what the core gives from the same rows, and says so in the toast', () => {
    const review = core();
    expect(listed()).toEqual(reviewList(review));
    expect(live.world.spreadsheet.toasts.at(-1)?.message).toBe(
      `${review.list.length} SKUs to act on this week, most urgent first: live formulas over ${rep}.`,
    );
  });

  it('counts what the sidebar counts: SKUs per phase and per action', () => {
    const counts = values(review, 15, 2);
    const week = sidebarFor('KT-SBM-2P').week;
    expect(week).toBeDefined();
    expect(counts.slice(3, 7).map((row) => row[1])).toEqual(PHASES.map((p) => week?.phases[p]));
    expect(counts.slice(8, 15).map((row) => row[1])).toEqual(
      REVIEW_ACTIONS.map((action) => week?.actions[action]),
    );
    // The phase counts are the Phase column's.
    const phaseColumn = values(rep, 40, 40).map((row) =>
      row.find((cell) => PHASES.includes(cell as never)),
    );
    expect(week?.phases.OUT_OF_STOCK).toBe(phaseColumn.filter((p) => p === 'OUT_OF_STOCK').length);
  });

  it('says, for every order and air shipment it lists, what the SKU’s sidebar says first', () => {
    for (const [, sku = '', decision = ''] of listed()) {
      const plan = sidebarFor(sku).plan;
      const items = (plan?.items ?? []).filter(
        (item) => item.rule === 'R6' || (item.rule === 'R24' && item.text === 'airSend'),
      );
      const words = items.map((item) => planText(item.text, item.values, 'en'));
      if (!/^(Order|Send)/.test(decision)) {
        expect(
          words.filter((text) => text.startsWith('Order')),
          sku,
        ).toEqual([]);
        continue;
      }
      for (const part of decision.split(REVIEW_MESSAGES.en.decisionSeparator)) {
        expect(words, sku).toContain(part);
      }
    }
  });
});
