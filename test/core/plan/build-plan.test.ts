import { describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../../src/core/plan/build-plan';
import type { PlanItem } from '../../../src/core/plan/plan-item';
import { DEFAULT_PLAN_SETTINGS } from '../../../src/core/plan/plan-settings';
import { planText } from '../../../src/core/plan/plan-text';
import { days } from '../../../src/core/plan/quantity';
import { AREAS, type RuleId } from '../../../src/core/plan/rule-book';
import type { SkuRow } from '../../../src/core/plan/sku-row';
import {
  AFTER,
  AFTER_ARRIVAL_GAP,
  AFTER_GAP,
  ALL_ROWS,
  BEFORE_BARE,
  BEFORE_LONG,
  BEFORE_MEDIUM,
  BEFORE_SHORT,
  DURING,
  HEALTHY,
  HEALTHY_TO_ORDER,
} from './sample-rows';

function plan(row: Parameters<typeof buildPlan>[0]): Plan {
  const result = buildPlan(row);
  if (result === undefined) throw new Error('expected a plan');
  return result;
}

function item(p: Plan, rule: RuleId): PlanItem {
  const found = p.items.find((i) => i.rule === rule);
  if (found === undefined) throw new Error(`no ${rule} in the ${p.phase} plan`);
  return found;
}

const value = (i: PlanItem, name: string) => i.values[name]?.value;
const rulesOf = (p: Plan) => p.items.map((i) => i.rule);

describe('buildPlan before the stockout (R12–R22, R24)', () => {
  const p = plan(BEFORE_MEDIUM);

  it('finds the phase and the key figures', () => {
    expect(p.phase).toBe('PRE_STOCKOUT');
    expect(p.figures.gapDays).toBe(12);
    expect(p.figures.gapClass).toBe('medium');
    expect(p.figures.runOutDays).toBe(20);
    expect(p.figures.coverDays).toBe(100); // (100 + 400) / 5
    expect(p.figures.reorderQty).toBe(0); // 5 × 74 = 370 < 500 on hand and inbound
  });

  it('raises 19.99 to 20.99–21.99 for a 12-day gap (R15), capped at 21.99 (R13)', () => {
    const raise = item(p, 'R15');
    expect(raise.text).toBe('raisePrice');
    expect(value(raise, 'low')).toBe(20.99);
    expect(value(raise, 'high')).toBe(21.99);
    expect(value(raise, 'gap')).toBe(12);
    const cap = item(p, 'R13');
    expect(value(cap, 'ceiling')).toBe(21.99);
    expect(value(cap, 'cap')).toBe(0.1);
  });

  it('cuts a budget of 50 to 30–35 (R18) and bids by 5–10% (R20)', () => {
    const budget = item(p, 'R18');
    expect(value(budget, 'low')).toBe(30);
    expect(value(budget, 'high')).toBe(35);
    const bids = item(p, 'R20');
    expect([value(bids, 'low'), value(bids, 'high')]).toEqual([0.9, 0.95]);
  });

  it('works out the emergency air quantity (R24)', () => {
    const air = item(p, 'R24');
    expect(air.text).toBe('airSend');
    expect(value(air, 'units')).toBe(60); // 5/day × (32 − max(20, 10)) days
    expect(value(air, 'saved')).toBe(12);
  });

  it('lists the whole before-stockout playbook in area order', () => {
    expect(rulesOf(p).join(' ')).toBe('R24 R12 R15 R13 R17 R18 R19 R20 R21 R22');
  });

  it('holds the price for a short gap (R14) and warns for a long one (R16)', () => {
    const short = plan(BEFORE_SHORT);
    expect(short.figures.gapClass).toBe('short');
    expect(short.items.map((i) => i.rule)).toContain('R14');
    expect(short.items.map((i) => i.rule)).not.toContain('R15');
    const long = plan(BEFORE_LONG);
    expect(long.figures.gapDays).toBe(45);
    const warning = item(long, 'R16');
    expect(warning.kind).toBe('warning');
    expect(warning.text).toBe('planningFailure');
    expect(long.items.map((i) => i.rule)).not.toContain('R15');
  });

  it('shows each rule in words with a hint when its inputs are missing', () => {
    const bare = plan(BEFORE_BARE);
    expect(bare.phase).toBe('PRE_STOCKOUT');
    // Gap unknown: all three price rules show as conditions.
    expect(item(bare, 'R14').missing).toEqual(['daysToArrival']);
    expect(item(bare, 'R16').missing).toEqual(['daysToArrival']);
    const raise = item(bare, 'R15');
    expect(raise.text).toBe('raisePriceIfMediumNoPrice');
    expect(raise.missing).toEqual(['daysToArrival', 'price']);
    expect(value(raise, 'raiseLow')).toBe(0.05);
    expect(item(bare, 'R13').missing).toEqual(['price']);
    expect(item(bare, 'R18')).toMatchObject({ text: 'cutBudgetRule', missing: ['dailyAdBudget'] });
    expect(item(bare, 'R24')).toMatchObject({ text: 'airRule', missing: ['daysToArrival'] });
  });
});

describe('buildPlan during the stockout (R23–R31)', () => {
  const p = plan(DURING);

  it('sends 150 units by air when the inbound is 40 days out (R24)', () => {
    expect(p.phase).toBe('OUT_OF_STOCK');
    expect(p.figures.gapDays).toBe(40);
    expect(p.figures.runOutDays).toBe(0);
    const air = item(p, 'R24');
    expect(value(air, 'units')).toBe(150); // 5/day × (40 − 10) days
    expect(value(air, 'airDays')).toBe(DEFAULT_PLAN_SETTINGS.airTransitDays);
  });

  it('holds the price and pins the ETA', () => {
    expect(item(p, 'R25')).toMatchObject({ text: 'holdPriceDuringAt' });
    expect(value(item(p, 'R25'), 'price')).toBe(21.99);
    expect(value(item(p, 'R23'), 'arrival')).toBe(40);
  });

  it('chases an inbound past its ETA and plans as if it were not coming (R23)', () => {
    const late = plan({ ...DURING, daysToArrival: -3 });
    expect(late.phase).toBe('OUT_OF_STOCK');
    expect(late.arrivalOverdueDays).toBe(3);
    expect(item(late, 'R23')).toMatchObject({ detail: 'trackInboundOverdueDetail' });
    expect(value(item(late, 'R23'), 'overdue')).toBe(3);
    // No arrival to count on: no gap is worked out from a date that has passed.
    expect(late.figures.arrivalDays).toBeUndefined();
    expect(planText('arrivalOverdue', { overdue: days(3) }, 'en')).toBe(
      'Inbound overdue by 3 days: until a new ETA is typed, the plan counts on no arrival.',
    );
    const healthy = plan({ stock: 500, dailySales: 2, daysToArrival: -1 });
    expect(healthy.arrivalOverdueDays).toBe(1);
    expect(healthy.phase).toBe('HEALTHY');
  });

  it('needs no air when the inbound lands before air could', () => {
    const soon = plan({ ...DURING, daysToArrival: 6 });
    expect(item(soon, 'R24')).toMatchObject({ text: 'airNotNeeded' });
    expect(value(item(soon, 'R24'), 'units')).toBe(0);
  });

  it('plans an empty shelf with no sales figure', () => {
    const bare = plan({ stock: 0, dailySales: undefined, daysToArrival: undefined });
    expect(bare.phase).toBe('OUT_OF_STOCK');
    expect(item(bare, 'R24').missing).toEqual(['dailySales', 'daysToArrival']);
    expect(item(bare, 'R23').missing).toEqual(['daysToArrival']);
  });

  it('lists the during-stockout playbook in area order', () => {
    expect(rulesOf(p).join(' ')).toBe('R23 R24 R25 R26 R27 R28 R29 R30 R31');
  });
});

describe('buildPlan after the stockout (R32–R43)', () => {
  const p = plan(AFTER);

  it('steps the discount 30% → 15% → 0% as prices, never 50% or more (R34)', () => {
    expect(p.phase).toBe('RECOVERY');
    const ladder = item(p, 'R34');
    expect(ladder.steps.map((s) => s.values.discount?.value)).toEqual([0.3, 0.15, 0]);
    expect(ladder.steps.map((s) => s.values.price?.value)).toEqual([13.99, 16.99, 19.99]);
    expect(ladder.steps.map((s) => s.text)).toEqual([
      'ladderStep',
      'ladderStep',
      'ladderFullPrice',
    ]);
    for (const step of ladder.steps) expect(step.values.discount?.value).toBeLessThan(0.5);
  });

  it('raises the ad budget to 1–2× (R36) and re-plans the order (R33)', () => {
    expect([value(item(p, 'R36'), 'low'), value(item(p, 'R36'), 'high')]).toEqual([50, 100]);
    expect(value(item(p, 'R33'), 'units')).toBe(48); // 8 × (60 + 7 + 14) − 600
    expect(item(p, 'R33').text).toBe('replan');
    expect(value(item(p, 'R6'), 'units')).toBe(48);
  });

  it('keeps the ladder without prices when the price is missing', () => {
    const bare = plan({ ...AFTER, price: undefined, dailyAdBudget: undefined });
    const ladder = item(bare, 'R34');
    expect(ladder.missing).toEqual(['price']);
    expect(ladder.steps.map((s) => s.text)).toEqual([
      'ladderStepNoPrice',
      'ladderStepNoPrice',
      'ladderFullPriceNoPrice',
    ]);
    expect(item(bare, 'R36')).toMatchObject({
      text: 'recoveryBudgetRule',
      missing: ['dailyAdBudget'],
    });
  });

  it('uses the settings, not constants', () => {
    const p3 = buildPlan(AFTER, {
      ...DEFAULT_PLAN_SETTINGS,
      recoveryDiscount: 0.3,
      discountSteps: 3,
      recoveryBudget: [1.5, 2],
    }) as Plan;
    expect(item(p3, 'R34').steps.map((s) => s.values.discount?.value)).toEqual([0.3, 0.2, 0.1, 0]);
    expect(value(item(p3, 'R36'), 'low')).toBe(75);
  });
});

describe('buildPlan for any row', () => {
  it('has no checklist for a healthy SKU and no plan for an empty row', () => {
    expect(plan(HEALTHY)).toMatchObject({ phase: 'HEALTHY', items: [] });
    expect(buildPlan({ stock: undefined, dailySales: undefined })).toBeUndefined();
  });

  it('groups every checklist by area in the sidebar order', () => {
    for (const row of ALL_ROWS) {
      const areas = plan(row).items.map((i) => AREAS.indexOf(i.area));
      expect(areas).toEqual([...areas].sort((a, b) => a - b));
    }
  });

  it('names the bad figure instead of planning on it', () => {
    expect(() => buildPlan({ ...BEFORE_MEDIUM, price: 0 })).toThrow(/price must be greater than 0/);
    expect(() => buildPlan({ ...BEFORE_MEDIUM, dailyAdBudget: -5 })).toThrow(
      /daily_ad_budget cannot be negative/,
    );
    expect(() => buildPlan({ ...BEFORE_MEDIUM, stock: -1 })).toThrow(/stock cannot be negative/);
    expect(() => buildPlan({ stock: 10, dailySales: undefined })).toThrow(/daily_sales is blank/);
    expect(() => buildPlan({ ...BEFORE_MEDIUM, casePack: 2.5 })).toThrow(/case_pack/);
  });
});

const SALES_RAISING: readonly RuleId[] = ['R34', 'R35', 'R36', 'R37', 'R38', 'R43'];
describe('buildPlan for a recovering SKU heading for a new gap (R33)', () => {
  it('puts the order and the before-stockout protection first, with no discount or budget raise', () => {
    const p = plan(AFTER_GAP); // 25 days of cover, nothing inbound, 60-day cycle
    expect(p.phase).toBe('RECOVERY');
    expect(p.gapAhead).toEqual({ reason: 'beforeOrder', days: 35, runOutDays: 25, cycleDays: 60 });
    const rules = rulesOf(p);
    for (const rule of SALES_RAISING) expect(rules).not.toContain(rule);
    expect(p.items.map((i) => i.text)).not.toContain('discountLadder');
    expect(p.items.map((i) => i.text)).not.toContain('recoveryBudget');
    // Order now, no promotions, cut the budget: the before-stockout protection.
    expect(rules[0]).toBe('R6');
    expect(rules).toEqual(expect.arrayContaining(['R12', 'R18', 'R19', 'R21', 'R22']));
    expect(item(p, 'R18').text).toBe('cutBudget');
    // The recovery items that still fit: receiving, re-plan, ad reports, listing, reviews.
    expect(rules).toEqual(expect.arrayContaining(['R32', 'R33', 'R39', 'R40', 'R41', 'R42']));
    // 8 × 81 − 200 = 448; sea would land on day 60, air (10 days) closes days 25–60.
    expect(item(p, 'R6')).toMatchObject({ text: 'orderAirSplit' });
    expect(value(item(p, 'R6'), 'units')).toBe(448);
    expect(value(item(p, 'R6'), 'airUnits')).toBe(280); // 8 × (60 − 25)
  });

  it('protects a SKU whose stock runs out before the inbound lands', () => {
    const p = plan(AFTER_ARRIVAL_GAP); // 19 days on hand, inbound on day 26
    expect(p.phase).toBe('RECOVERY');
    expect(p.gapAhead).toMatchObject({ reason: 'beforeArrival', days: 7, runOutDays: 19 });
    for (const rule of SALES_RAISING) expect(rulesOf(p)).not.toContain(rule);
    expect(item(p, 'R14').text).toBe('holdPriceShort');
    expect(item(p, 'R24').text).toBe('airSend');
  });

  it('keeps the full recovery checklist when no gap is ahead', () => {
    const p = plan(AFTER);
    expect(p.gapAhead).toBeUndefined();
    for (const rule of SALES_RAISING) expect(rulesOf(p)).toContain(rule);
    expect(rulesOf(p)).not.toContain('R12');
  });
});

describe('the order item (R6, R11, R24)', () => {
  const KT_KNF: SkuRow = { stock: 180, dailySales: 12, inbound: 0, casePack: 24 };

  it('writes out the reorder sum from the numbers it orders', () => {
    const p = buildPlan(KT_KNF, DEFAULT_PLAN_SETTINGS, '2026-12-01') as Plan;
    const order = item(p, 'R6');
    expect(p.items[0]).toBe(order);
    expect(value(order, 'units')).toBe(792);
    expect(p.figures.reorderQty).toBe(792);
    const [sum, orderBy] = order.steps;
    expect(planText(sum?.text ?? 'hint', sum?.values ?? {}, 'en')).toBe(
      '12/day × (60 cycle + 7 review + 14 safety) days − 180 on hand − 0 inbound = 792 → 792 (cartons of 24)',
    );
    expect(p.figures.sums.reorder).toEqual(sum);
    // 180 / 12 − 14 − 67 = −66: the order-by date passed long ago; sea lands after day 15.
    expect(planText(orderBy?.text ?? 'hint', orderBy?.values ?? {}, 'en')).toBe(
      'Order by: (180 + 0) ÷ 12/day − 14 safety − (60 + 7) days = −66 days → 2026-09-26',
    );
    expect(order.text).toBe('orderAirSplit');
  });

  it('orders now once the order-by date has come, by sea while sea still lands in time', () => {
    const row: SkuRow = { stock: 1000, dailySales: 10, inbound: 0 };
    const p = buildPlan(row, DEFAULT_PLAN_SETTINGS, '2026-12-01') as Plan;
    expect(p.phase).toBe('HEALTHY');
    // 10 × 81 − 1000 < 0: nothing to order yet, so no order item.
    expect(rulesOf(p)).toEqual([]);
    // 80 days: 10 × 81 − 800 = 10 units; 80 − 14 − 67 = −1: due at this review.
    const due = item(
      buildPlan({ ...row, stock: 800 }, DEFAULT_PLAN_SETTINGS, '2026-12-01') as Plan,
      'R6',
    );
    expect(planText(due.text, due.values, 'en')).toBe('Order 10 units now, by sea');
    expect(due.detail).toBe('orderSeaDueDetail');
    // 65 days: 16 days past the order-by date, more than the 7-day review: late.
    const late = item(
      buildPlan({ ...row, stock: 650 }, DEFAULT_PLAN_SETTINGS, '2026-12-01') as Plan,
      'R6',
    );
    expect(late).toMatchObject({ text: 'orderSeaNow', detail: 'orderSeaLateDetail' });
    expect(value(late, 'late')).toBe(16);
  });

  it('orders by the sheet’s order-by date while it lies ahead, in both languages', () => {
    const row: SkuRow = { stock: 800, dailySales: 10, orderByDays: 4 };
    const order = item(buildPlan(row, DEFAULT_PLAN_SETTINGS, '2026-12-01') as Plan, 'R6');
    expect(order.text).toBe('orderSea');
    expect(planText(order.text, order.values, 'en')).toBe('Order 10 units by 2026-12-05, by sea');
    expect(planText(order.text, order.values, 'zh-CN')).toBe('在 2026-12-05 前下单 10 件，走海运');
  });

  it('gives a healthy SKU with a reorder quantity its order', () => {
    const p = plan(HEALTHY_TO_ORDER);
    expect(p.phase).toBe('HEALTHY');
    expect(rulesOf(p)).toEqual(['R6']);
    expect(value(item(p, 'R6'), 'units')).toBe(5);
    expect(item(p, 'R6').text).toBe('orderSeaNow'); // 80 − 14 − 67 < 0: overdue by a day
    expect(value(item(p, 'R6'), 'late')).toBe(1);
  });

  it('uses the sheet’s reorder quantity and order-by date, and says where the sum differs', () => {
    const p = buildPlan(
      { ...KT_KNF, reorderQty: 720, orderByDays: 3, shipMode: 'sea' },
      DEFAULT_PLAN_SETTINGS,
      '2026-12-01',
    ) as Plan;
    const order = item(p, 'R6');
    expect(value(order, 'units')).toBe(720);
    expect(p.figures.reorderQty).toBe(720);
    expect(planText(order.text, order.values, 'en')).toBe('Order 720 units by 2026-12-04, by sea');
    const words = order.steps.map((step) => planText(step.text, step.values, 'en'));
    expect(words).toContain('The sheet’s Reorder qty says 720; the sum gives 792.');
    expect(words).toContain('The sheet’s order-by date is 2026-12-04.');
  });

  it('counts days instead of a date without today', () => {
    const order = item(plan({ stock: 800, dailySales: 10, orderByDays: 4 }), 'R6');
    expect(planText(order.text, order.values, 'en')).toBe('Order 10 units within 4 days, by sea');
  });

  it('writes out the cover and gap sums too', () => {
    const p = plan(BEFORE_MEDIUM);
    const sums = p.figures.sums;
    expect(planText(sums.cover?.text ?? 'hint', sums.cover?.values ?? {}, 'en')).toBe(
      '(100 on hand + 400 inbound) ÷ 5/day = 100 days',
    );
    expect(planText(sums.gap?.text ?? 'hint', sums.gap?.values ?? {}, 'zh-CN')).toBe(
      '在途 32 天后到 − 现货够 20 天 = 断货 12 天',
    );
    expect(p.figures.coverDays).toBe(sums.cover?.values.cover?.value);
    expect(p.figures.gapDays).toBe(sums.gap?.values.gap?.value);
  });
});
