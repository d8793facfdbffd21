// R4, R6, R8–R11, R24: this week's order for a SKU (units, order-by day, sea or air) and the sums
// behind it, worked out from one set of numbers so the words and the figures always agree.

import { ceilUnits } from '../checks';
import { orderByDay } from '../forecast/order-by-date';
import { addDays, type IsoDate } from '../iso-date';
import { reorderQty } from '../reorder-qty';
import type { PlanLine } from './plan-item';
import type { PlanSettings } from './plan-settings';
import { amount, date, days, rate, units } from './quantity';
import type { ShipMode, SkuRow } from './sku-row';

export interface OrderPlan {
  /** Units to order: the sheet's reorder quantity when the row holds one, else the sum's. */
  readonly units: number;
  /** What the sum gives: sales × (cycle + review + safety) − on hand − inbound, in cartons. */
  readonly sumUnits: number;
  /** True when `units` is the sheet's own figure. */
  readonly unitsFromSheet: boolean;
  /**
   * Days from today to the last day to order (negative: passed); the sheet's when the row holds
   * one. Undefined when nothing sells.
   */
  readonly orderByDays: number | undefined;
  /** What the sum gives for the order-by day. */
  readonly sumOrderByDays: number | undefined;
  readonly orderByFromSheet: boolean;
  /** R24: air when a sea order would land after the stock runs out and air lands sooner. */
  readonly mode: ShipMode;
  readonly modeFromSheet: boolean;
  /** Units that must fly to close the gap sea cannot (all of them when the sheet says air). */
  readonly airUnits: number;
  /** The inputs, as the sums show them. */
  readonly inputs: OrderInputs;
  /** R11: the reorder quantity's sum, written out. */
  readonly reorderSum: PlanLine;
  /** R11: the order-by day's sum, written out; undefined when nothing sells. */
  readonly orderBySum: PlanLine | undefined;
}

export interface OrderInputs {
  readonly sales: number;
  readonly cycle: number;
  readonly review: number;
  readonly safety: number;
  readonly stock: number;
  readonly inbound: number;
  readonly casePack: number | undefined;
  /** Days stock plus inbound lasts; undefined when nothing sells. */
  readonly coverDays: number | undefined;
}

/**
 * The order for a SKU that sells `sales` a day. The review period (R1) is added to the cycle
 * both for the quantity (an order must last until the next one lands) and for the order-by day.
 * `today` turns the order-by day into a date in the sums; without it they count days.
 * @example workOutOrder({ stock: 180, dailySales: 12 }, 180, 12, settings).sumUnits === 792
 */
export function workOutOrder(
  row: SkuRow,
  stock: number,
  sales: number,
  settings: PlanSettings,
  today?: IsoDate,
): OrderPlan {
  const inputs: OrderInputs = {
    sales,
    cycle: row.cycleDays ?? settings.cycleDays,
    review: settings.reviewDays,
    safety: row.safetyDays ?? settings.safetyDays,
    stock,
    inbound: row.inbound ?? 0,
    casePack: row.casePack,
    coverDays: sales > 0 ? (stock + (row.inbound ?? 0)) / sales : undefined,
  };
  const { cycle, review, safety, inbound, casePack } = inputs;
  const raw = sales * (cycle + review + safety) - stock - inbound;
  const sumUnits = reorderQty({
    dailySales: sales,
    cycleDays: cycle + review,
    safetyDays: safety,
    fbaStock: stock,
    inbound,
    casePack,
  });
  const sumOrderByDays = orderByDay({
    stock,
    inbound,
    dailySales: sales,
    cycleDays: cycle + review,
    safetyDays: safety,
    today: 0,
  });
  const unitsValue = row.reorderQty ?? sumUnits;
  const orderByDays = row.orderByDays ?? sumOrderByDays;
  const seaTooLate = seaArrivesTooLate(inputs, settings.airTransitDays);
  const mode: ShipMode = row.shipMode ?? (seaTooLate ? 'air' : 'sea');
  const airUnits =
    mode === 'sea'
      ? 0
      : seaTooLate
        ? Math.min(
            unitsValue,
            inCartons(
              sales * (cycle - Math.max(inputs.coverDays ?? 0, settings.airTransitDays)),
              casePack,
            ),
          )
        : unitsValue;
  return {
    units: unitsValue,
    sumUnits,
    unitsFromSheet: row.reorderQty !== undefined,
    orderByDays,
    sumOrderByDays,
    orderByFromSheet: row.orderByDays !== undefined,
    mode,
    modeFromSheet: row.shipMode !== undefined,
    airUnits,
    inputs,
    reorderSum: reorderLine(inputs, raw, sumUnits),
    orderBySum:
      sumOrderByDays === undefined ? undefined : orderByLine(inputs, sumOrderByDays, today),
  };
}

/**
 * R24: a sea order would land after stock and inbound run out, and air lands sooner: the order
 * goes by air (or part of it). The Weekly review sheet writes the same test as a formula.
 * @example seaArrivesTooLate({ coverDays: 15, cycle: 60 }, 10) === true
 */
export function seaArrivesTooLate(
  inputs: Pick<OrderInputs, 'coverDays' | 'cycle'>,
  airTransitDays: number,
): boolean {
  const { coverDays, cycle } = inputs;
  return coverDays !== undefined && coverDays < cycle && airTransitDays < cycle;
}

/** "12.0/day × (60 + 7 + 14) days − 180 on hand − 0 inbound = 792 → 792 (cartons of 24)" */
function reorderLine(inputs: OrderInputs, raw: number, result: number): PlanLine {
  const values = {
    ...inputValues(inputs),
    raw: amount(raw),
    result: units(result),
    ...(inputs.casePack === undefined || inputs.casePack === 1
      ? {}
      : { pack: units(inputs.casePack) }),
  };
  return { text: 'pack' in values ? 'sum.reorderPack' : 'sum.reorder', values };
}

/** "(180 on hand + 0 inbound) ÷ 12.0/day − 14 safety − (60 + 7) days = −66 days → 2026-09-26" */
function orderByLine(inputs: OrderInputs, day: number, today: IsoDate | undefined): PlanLine {
  const slack =
    (inputs.stock + inputs.inbound) / inputs.sales - inputs.safety - inputs.cycle - inputs.review;
  const values = {
    ...inputValues(inputs),
    slack: amount(slack),
    in: days(day),
  };
  if (today === undefined) return { text: 'sum.orderByIn', values };
  return { text: 'sum.orderBy', values: { ...values, date: date(addDays(today, day)) } };
}

/** The inputs both sums show. */
function inputValues(inputs: OrderInputs) {
  return {
    sales: rate(inputs.sales),
    cycle: days(inputs.cycle),
    review: days(inputs.review),
    safety: days(inputs.safety),
    stock: units(inputs.stock),
    inbound: units(inputs.inbound),
  };
}

function inCartons(needed: number, casePack: number | undefined): number {
  const whole = ceilUnits(needed);
  if (whole <= 0) return 0;
  const pack = casePack ?? 1;
  return Math.ceil(whole / pack) * pack;
}
