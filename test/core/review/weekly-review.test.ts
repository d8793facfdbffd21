// R1, R2, R6, R24, R33: the week's review of a sheet's rows — what each SKU needs this week, in
// the sidebar's words for its orders, most urgent first — and that it agrees with the sidebar.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/core/iso-date';
import { stockoutPhase } from '../../../src/core/phase';
import { buildPlan } from '../../../src/core/plan/build-plan';
import { planText } from '../../../src/core/plan/plan-text';
import type { SkuRow } from '../../../src/core/plan/sku-row';
import {
  REVIEW_ACTIONS,
  type ReviewRow,
  URGENCY_SPAN,
  weeklyReview,
} from '../../../src/core/review/weekly-review';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { decisionText, lineText } from './review-text';

const TODAY: IsoDate = '2026-11-26';
const settings = DEFAULT_SETTINGS;

/** A row whose Phase cell holds what STOCKOUT_PHASE gives for its figures. */
function row(sku: string, figures: SkuRow): ReviewRow {
  const phase = stockoutPhase({
    stock: figures.stock,
    dailySales: figures.dailySales,
    daysToArrival: figures.daysToArrival,
    daysSinceRestock: figures.daysSinceRestock,
    alertDays: settings.alertDays,
    recoveryDays: settings.recoveryDays,
  });
  return { sku, phaseCell: phase ?? '', figures };
}

function only(review: ReturnType<typeof weeklyReview>) {
  expect(review.list).toHaveLength(1);
  const [entry] = review.list;
  if (entry === undefined) throw new Error('nothing listed');
  return { action: entry.action, text: decisionText(entry, 'en') };
}

const review = (...rows: ReviewRow[]) => weeklyReview(rows, settings, TODAY);

describe('weeklyReview', () => {
  it('orders by sea when the order-by date is within the review period or passed', () => {
    const grater = { stock: 480, dailySales: 8, inbound: 0, cycleDays: 60, reorderQty: 180 };
    expect(only(review(row('GRT', { ...grater, orderByDays: -21 })))).toEqual({
      action: 'orderSea',
      text: 'Order 180 units now, by sea',
    });
    expect(only(review(row('GRT', { ...grater, orderByDays: 5 })))).toEqual({
      action: 'orderSea',
      text: 'Order 180 units by 2026-12-01, by sea',
    });
    // A week and a day ahead: next week's order, nothing to do now.
    expect(review(row('GRT', { ...grater, orderByDays: 8 })).list).toEqual([]);
    expect(review(row('GRT', { ...grater, orderByDays: -21, reorderQty: 0 })).list).toEqual([]);
  });

  it('sends air when a sea order would land after the stock runs out (R24), split as the sidebar splits it', () => {
    // 12/day, 15 days of cover, a 60-day sea cycle: 12 × (60 − 15) = 540 → 552 in cartons of 24.
    const mat = { stock: 180, dailySales: 12, inbound: 0, cycleDays: 60, casePack: 24 };
    const entry = only(review(row('SBM', { ...mat, reorderQty: 792, orderByDays: -66 })));
    expect(entry).toEqual({
      action: 'sendAir',
      text: 'Order 792 units now: 552 by air, 240 by sea',
    });
    // "air" typed on the row, 50 days of cover: all of it flies once it is due, none before.
    const typed = { ...mat, stock: 600, cycleDays: 30, shipMode: 'air' as const, reorderQty: 500 };
    expect(only(review(row('SBM', { ...typed, orderByDays: 2 })))).toEqual({
      action: 'sendAir',
      text: 'Order 500 units now, by air',
    });
    expect(review(row('SBM', { ...typed, orderByDays: 12 })).list).toEqual([]);
  });

  it('sends air for the gap before a known inbound, and names this week’s sea order beside it', () => {
    // Out of stock, 300 inbound in 18 days: air lands in 10, saving 8 days × 3.3/day = 26.4 → 27.
    const board = {
      stock: 0,
      dailySales: 3.3,
      inbound: 300,
      daysToArrival: 18,
      cycleDays: 55,
      reorderQty: 0,
    };
    expect(only(review(row('BRD', board)))).toEqual({
      action: 'sendAir',
      text: 'Send 27 units by air or express now',
    });
    const grater = { stock: 480, dailySales: 8, inbound: 0, daysToArrival: 75, cycleDays: 60 };
    expect(only(review(row('GRT', { ...grater, reorderQty: 180, orderByDays: -21 })))).toEqual({
      action: 'sendAir',
      text: 'Send 120 units by air or express now; Order 180 units now, by sea',
    });
  });

  it('holds the ground while out of stock, with the day the inbound lands', () => {
    const spatula = {
      stock: 0,
      dailySales: 2.9,
      inbound: 480,
      daysToArrival: 9,
      cycleDays: 50,
      reorderQty: 0,
    };
    expect(only(review(row('SPT', spatula)))).toEqual({
      action: 'outOfStock',
      text: 'Inbound lands in 9 days (2026-12-05): keep the price, pause Sponsored Brands and Display ads',
    });
    expect(only(review(row('X', { stock: 0, dailySales: 0, reorderQty: 0 })))).toEqual({
      action: 'outOfStock',
      text: 'No arrival date: fill in when the next inbound lands',
    });
  });

  it('warns a recovering SKU of a new gap ahead instead of the recovery steps (R33)', () => {
    const ahead = { stock: 20, dailySales: 5, inbound: 500, daysToArrival: 8, daysSinceRestock: 5 };
    expect(only(review(row('A', { ...ahead, reorderQty: 0 })))).toEqual({
      action: 'recovering',
      text: 'New gap of 4 days ahead: no discount or ad raise, order first',
    });
    const calm = { stock: 600, dailySales: 10, daysSinceRestock: 12, reorderQty: 0 };
    expect(only(review(row('B', calm)))).toEqual({
      action: 'recovering',
      text: 'Recovery day 12 of 30: step the discount back, ad budget up (sidebar)',
    });
  });

  it('flags on-hand cover under the fee floor and over the overstock limit (R2)', () => {
    const low = { stock: 100, dailySales: 5, inbound: 1000, daysToArrival: 10, reorderQty: 0 };
    expect(only(review(row('LOW', low)))).toEqual({
      action: 'feeFloor',
      text: '20 days on hand, under the 28-day fee floor: low-inventory fee until stock checks in',
    });
    expect(only(review(row('DFR', { stock: 3100, dailySales: 6, reorderQty: 0 })))).toEqual({
      action: 'overstock',
      text: '516.7 days on hand, over 180: no reorder; consider a promotion or a removal order',
    });
    // 90 days on hand, nothing due: nothing to act on.
    expect(review(row('OK', { stock: 900, dailySales: 10, reorderQty: 0 })).list).toEqual([]);
  });

  it('puts a row whose phase cannot be worked out first, with what its Phase cell says', () => {
    const rows: ReviewRow[] = [
      row('DFR', { stock: 3100, dailySales: 6, reorderQty: 0 }),
      {
        sku: 'BAD',
        phaseCell: "⚠ stock must be a number, got 'abc'",
        figures: { stock: undefined, dailySales: 5 },
      },
      { sku: 'EMPTY', phaseCell: '', figures: { stock: undefined, dailySales: undefined } },
    ];
    const list = review(...rows).list;
    expect(list.map((entry) => [entry.sku, entry.action, decisionText(entry, 'en')])).toEqual([
      ['BAD', 'fixRow', "⚠ stock must be a number, got 'abc'"],
      ['EMPTY', 'fixRow', 'Fill in FBA available and the daily sales (or units sold)'],
      [
        'DFR',
        'overstock',
        '516.7 days on hand, over 180: no reorder; consider a promotion or a removal order',
      ],
    ]);
  });

  it('lists the most urgent first: by action, then the most overdue, the longest gap, the largest cover', () => {
    const sea = (sku: string, orderByDays: number) =>
      row(sku, {
        stock: 480,
        dailySales: 8,
        inbound: 0,
        cycleDays: 60,
        reorderQty: 180,
        orderByDays,
      });
    const out = (sku: string, daysToArrival: number) =>
      row(sku, {
        stock: 0,
        dailySales: 2,
        inbound: 100,
        daysToArrival,
        cycleDays: 60,
        reorderQty: 0,
      });
    const over = (sku: string, stock: number) => row(sku, { stock, dailySales: 5, reorderQty: 0 });
    const rows = [
      over('O1', 1000),
      sea('S1', 3),
      out('X1', 5),
      over('O2', 2000),
      sea('S2', -10),
      out('X2', 9),
      sea('S3', 3),
    ];
    const result = review(...rows, {
      sku: '',
      phaseCell: 'HEALTHY',
      figures: { stock: 5, dailySales: 1 },
    });
    expect(result.list.map((entry) => entry.sku)).toEqual([
      'S2',
      'S1',
      'S3',
      'X2',
      'X1',
      'O2',
      'O1',
    ]);
    expect(result.actions).toEqual({
      fixRow: 0,
      orderSea: 3,
      sendAir: 0,
      outOfStock: 2,
      recovering: 0,
      feeFloor: 0,
      overstock: 2,
    });
    // Rows without a SKU are not counted.
    expect(result.phases).toEqual({ PRE_STOCKOUT: 3, OUT_OF_STOCK: 2, RECOVERY: 0, HEALTHY: 2 });
  });

  it('writes Chinese decisions in the sidebar’s Chinese words', () => {
    const entry = weeklyReview(
      [
        row('GRT', {
          stock: 480,
          dailySales: 8,
          inbound: 0,
          cycleDays: 60,
          reorderQty: 180,
          orderByDays: -21,
        }),
      ],
      settings,
      TODAY,
    ).list[0];
    expect(entry && decisionText(entry, 'zh-CN')).toBe('立即下单 180 件，走海运');
  });
});

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const figures: fc.Arbitrary<SkuRow> = fc.record({
  stock: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5000, noNaN: true })),
  dailySales: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 200, noNaN: true })),
  inbound: maybe(fc.double({ min: 0, max: 5000, noNaN: true })),
  daysToArrival: maybe(fc.integer({ min: 0, max: 200 })),
  daysSinceRestock: maybe(fc.integer({ min: 0, max: 60 })),
  cycleDays: maybe(fc.integer({ min: 1, max: 180 })),
  safetyDays: maybe(fc.integer({ min: 0, max: 60 })),
  casePack: maybe(fc.integer({ min: 1, max: 48 })),
  shipMode: maybe(fc.constantFrom('sea' as const, 'air' as const)),
});

describe('weeklyReview and the sidebar’s plan', () => {
  it('says what the sidebar’s order and air items say, and lists every SKU the sidebar sends by air', () => {
    fc.assert(
      fc.property(figures, (sku) => {
        const plan = buildPlan(sku, settings, TODAY);
        if (plan === undefined) return;
        const result = weeklyReview(
          [{ sku: 'A', phaseCell: plan.phase, figures: sku }],
          settings,
          TODAY,
        );
        const entry = result.list[0];
        const order = plan.items.find((item) => item.rule === 'R6');
        const air = plan.items.find((item) => item.rule === 'R24' && item.text === 'airSend');
        // The sidebar says to send air now: the review lists the SKU to send air.
        if (
          air !== undefined ||
          (order !== undefined && /^orderAir/.test(order.text) && sku.shipMode === undefined)
        ) {
          expect(entry?.action).toBe('sendAir');
        }
        for (const line of entry?.decision ?? []) {
          if (line.kind !== 'plan') continue;
          const item = line.key === 'airSend' ? air : order;
          expect(item, line.key).toBeDefined();
          if (item === undefined) continue;
          expect(lineText(line, 'en')).toBe(planText(item.text, item.values, 'en'));
        }
        if (entry !== undefined) {
          expect(REVIEW_ACTIONS).toContain(entry.action);
          expect(entry.urgency).toBeGreaterThanOrEqual(0);
          expect(entry.urgency).toBeLessThanOrEqual(URGENCY_SPAN);
        }
      }),
      { numRuns: 500 },
    );
  });
});
