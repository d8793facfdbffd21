// R1, R2, R6, R24, R33: the week's work over a replenishment sheet's rows — how many SKUs are in
// each phase, and the SKUs to act on, most urgent first, each with its one decision — by the same
// rules as the sidebar's plan. The Weekly review sheet writes these rules as formulas.

import { airQty } from '../air-qty';
import { InputError } from '../input-error';
import { addDays, type IsoDate } from '../iso-date';
import { PHASES, type Phase } from '../phase';
import { type OrderPlan, seaArrivesTooLate, workOutOrder } from '../plan/order-plan';
import type { PlanTextKey } from '../plan/plan-messages';
import type { PlanSettings } from '../plan/plan-settings';
import { date, days, type Quantity, units } from '../plan/quantity';
import type { SkuRow } from '../plan/sku-row';
import type { PlaybookSettings } from '../settings/settings';
import { stockoutGap } from '../stockout-gap';

/** What a SKU needs this week, most urgent first: the order the list shows them in. */
export const REVIEW_ACTIONS = [
  /** The row's phase cannot be worked out: a value to fix or fill in. */
  'fixRow',
  /** R1, R6: the sea order is due within the review period, or overdue. */
  'orderSea',
  /** R24: an order that sea cannot bring in time, or an air shipment for the gap before the inbound. */
  'sendAir',
  /** R23–R31: out of stock, the inbound on its way. */
  'outOfStock',
  /** R32–R43: back in stock, within the recovery days. */
  'recovering',
  /** R2: on-hand cover under the low-inventory-level fee floor. */
  'feeFloor',
  /** R2: on-hand cover over the overstock limit. */
  'overstock',
] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The settings the review reads: the plan's, and the fee floor and overstock limit. */
export type ReviewSettings = PlanSettings &
  Pick<PlaybookSettings, 'feeFloorDays' | 'overstockDays'>;

/** One row of the replenishment sheet as the review reads it. */
export interface ReviewRow {
  readonly sku: string;
  /** What the Phase cell holds: a phase, a message (⚠ …), or ''. */
  readonly phaseCell: string;
  /**
   * The row's figures; `cycleDays` is order to sellable (the order cycle without the review
   * period), as the sidebar's plan takes it.
   */
  readonly figures: SkuRow;
}

/** The review's own words for a decision; the orders use the sidebar's words (PlanTextKey). */
export type ReviewTextKey =
  | 'fillIn'
  | 'backIn'
  | 'noArrival'
  | 'newGapAhead'
  | 'recoveryDay'
  | 'recoveryNoDay'
  | 'underFeeFloor'
  | 'overstocked';

/** A decision's line: a text with its numbers, or what the Phase cell says. */
export type ReviewLine =
  | { readonly kind: 'plan'; readonly key: PlanTextKey; readonly values: QuantityValues }
  | { readonly kind: 'review'; readonly key: ReviewTextKey; readonly values: QuantityValues }
  | { readonly kind: 'cell'; readonly text: string };

type QuantityValues = Readonly<Record<string, Quantity>>;

export interface ReviewEntry {
  /** The row's place among the rows given, 0-based. */
  readonly index: number;
  readonly sku: string;
  readonly action: ReviewAction;
  /** What to do: one line, or two (air for the gap before the inbound, then the sea order). */
  readonly decision: readonly ReviewLine[];
  /**
   * Orders the SKUs of one action, smaller first: order-by day (sea), on-hand cover (air,
   * recovering, fee floor), the longest gap (out of stock), the largest cover (overstock). Always
   * within 0…URGENCY_SPAN.
   */
  readonly urgency: number;
}

export interface WeeklyReview {
  /** SKU rows by the phase their Phase cell holds. */
  readonly phases: Readonly<Record<Phase, number>>;
  readonly actions: Readonly<Record<ReviewAction, number>>;
  /** The SKUs to act on: by action in REVIEW_ACTIONS order, then urgency, then sheet order. */
  readonly list: readonly ReviewEntry[];
}

/** Urgencies are kept within 0…URGENCY_SPAN, so a sheet can fold one under an action's number. */
export const URGENCY_SPAN = 999_999;
/** Added to the order-by day (days from today, negative when passed) so it stays positive. */
export const ORDER_BY_OFFSET = 500_000;

/**
 * The week's review of the rows. `today` dates the decisions.
 * @example weeklyReview([{ sku: 'A', phaseCell: 'OUT_OF_STOCK', figures: { stock: 0, dailySales: 5, daysToArrival: 9 } }], settings, '2026-11-26').actions.outOfStock === 1
 */
export function weeklyReview(
  rows: readonly ReviewRow[],
  settings: ReviewSettings,
  today: IsoDate,
): WeeklyReview {
  const phases = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<Phase, number>;
  const actions = Object.fromEntries(REVIEW_ACTIONS.map((action) => [action, 0])) as Record<
    ReviewAction,
    number
  >;
  const list: ReviewEntry[] = [];
  rows.forEach((row, index) => {
    if (row.sku === '') return;
    const phase = phaseOf(row.phaseCell);
    if (phase !== undefined) phases[phase]++;
    const entry = reviewEntry(row, phase, settings, today, index);
    if (entry === undefined) return;
    actions[entry.action]++;
    list.push(entry);
  });
  const rank = (entry: ReviewEntry) => REVIEW_ACTIONS.indexOf(entry.action);
  list.sort((a, b) => rank(a) - rank(b) || a.urgency - b.urgency || a.index - b.index);
  return { phases, actions, list };
}

/** The phase a Phase cell names, or undefined when it holds a message or nothing. */
export function phaseOf(cell: string): Phase | undefined {
  return (PHASES as readonly string[]).includes(cell) ? (cell as Phase) : undefined;
}

function reviewEntry(
  row: ReviewRow,
  phase: Phase | undefined,
  settings: ReviewSettings,
  today: IsoDate,
  index: number,
): ReviewEntry | undefined {
  const base = { index, sku: row.sku };
  if (phase === undefined) {
    const decision: ReviewLine =
      row.phaseCell === ''
        ? { kind: 'review', key: 'fillIn', values: {} }
        : { kind: 'cell', text: row.phaseCell };
    return { ...base, action: 'fixRow', decision: [decision], urgency: 0 };
  }
  const { figures } = row;
  const stock = figures.stock;
  const sales = figures.dailySales;
  const onHand =
    typeof stock === 'number' && typeof sales === 'number' && sales > 0 ? stock / sales : undefined;
  const order = orderOf(figures, settings, today);
  const late = order !== undefined && seaArrivesTooLate(order.inputs, settings.airTransitDays);
  const due = order?.orderByDays !== undefined && order.orderByDays <= settings.reviewDays;
  const ordering = order !== undefined && order.units > 0;
  const orderDue = ordering && (order.mode === 'air' ? late || due : due);
  const airNow =
    phase === 'HEALTHY'
      ? 0
      : (quietly(() => airQty(stock, sales, figures.daysToArrival, settings.airTransitDays)) ?? 0);
  const gap = quietly(() => stockoutGap(stock, sales, figures.daysToArrival));

  if (orderDue && order.mode === 'air') {
    return {
      ...base,
      action: 'sendAir',
      decision: [orderLine(order, today)],
      urgency: cover(onHand),
    };
  }
  if (airNow > 0) {
    const decision: ReviewLine[] = [
      { kind: 'plan', key: 'airSend', values: { units: units(airNow) } },
    ];
    if (orderDue) decision.push(orderLine(order, today));
    return { ...base, action: 'sendAir', decision, urgency: cover(onHand) };
  }
  if (orderDue) {
    const orderBy = order.orderByDays ?? 0;
    return {
      ...base,
      action: 'orderSea',
      decision: [orderLine(order, today)],
      urgency: clamp(orderBy + ORDER_BY_OFFSET),
    };
  }
  if (phase === 'OUT_OF_STOCK') {
    const arrival = figures.daysToArrival;
    const decision: ReviewLine =
      arrival === undefined
        ? { kind: 'review', key: 'noArrival', values: {} }
        : {
            kind: 'review',
            key: 'backIn',
            values: { arrival: days(arrival), date: date(addDays(today, Math.round(arrival))) },
          };
    return {
      ...base,
      action: 'outOfStock',
      decision: [decision],
      urgency: gap === undefined ? 0 : URGENCY_SPAN - clamp(gap),
    };
  }
  if (phase === 'RECOVERY') {
    // R33: a new gap ahead — before the inbound lands, or before an order could land.
    const ahead =
      gap !== undefined && gap > 0
        ? gap
        : late && order.inputs.coverDays !== undefined
          ? order.inputs.cycle - order.inputs.coverDays
          : 0;
    const since = figures.daysSinceRestock;
    const decision: ReviewLine =
      ahead > 0
        ? { kind: 'review', key: 'newGapAhead', values: { gap: days(ahead) } }
        : since === undefined
          ? { kind: 'review', key: 'recoveryNoDay', values: {} }
          : {
              kind: 'review',
              key: 'recoveryDay',
              values: { day: days(since), recoveryDays: days(settings.recoveryDays) },
            };
    return { ...base, action: 'recovering', decision: [decision], urgency: cover(onHand) };
  }
  if (onHand !== undefined && onHand < settings.feeFloorDays) {
    return {
      ...base,
      action: 'feeFloor',
      decision: [
        {
          kind: 'review',
          key: 'underFeeFloor',
          values: { cover: days(onHand), floor: days(settings.feeFloorDays) },
        },
      ],
      urgency: cover(onHand),
    };
  }
  if (onHand !== undefined && onHand > settings.overstockDays) {
    return {
      ...base,
      action: 'overstock',
      decision: [
        {
          kind: 'review',
          key: 'overstocked',
          values: { cover: days(onHand), limit: days(settings.overstockDays) },
        },
      ],
      urgency: URGENCY_SPAN - cover(onHand),
    };
  }
  return undefined;
}

/** This week's order, as the sidebar's plan works it out; undefined without stock and sales. */
function orderOf(row: SkuRow, settings: ReviewSettings, today: IsoDate): OrderPlan | undefined {
  const { stock, dailySales } = row;
  if (typeof stock !== 'number' || typeof dailySales !== 'number' || dailySales < 0)
    return undefined;
  return quietly(() => workOutOrder(row, stock, dailySales, settings, today));
}

/** The order item's words, as the sidebar writes them (R6, R24). */
function orderLine(order: OrderPlan, today: IsoDate): ReviewLine {
  const values: Record<string, Quantity> = { units: units(order.units) };
  if (order.mode === 'air') {
    if (order.airUnits >= order.units) return { kind: 'plan', key: 'orderAir', values };
    return {
      kind: 'plan',
      key: 'orderAirSplit',
      values: {
        ...values,
        airUnits: units(order.airUnits),
        seaUnits: units(order.units - order.airUnits),
      },
    };
  }
  const orderBy = order.orderByDays;
  if (orderBy === undefined || orderBy < 0) return { kind: 'plan', key: 'orderSeaNow', values };
  return {
    kind: 'plan',
    key: 'orderSea',
    values: { ...values, date: date(addDays(today, orderBy)) },
  };
}

/** A value a bad figure keeps from being worked out is left out: the Phase cell names the figure. */
function quietly<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

function clamp(value: number): number {
  return Math.min(Math.max(value, 0), URGENCY_SPAN);
}

function cover(onHand: number | undefined): number {
  return onHand === undefined ? 0 : clamp(onHand);
}
