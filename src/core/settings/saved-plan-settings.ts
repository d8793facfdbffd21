// The plan's numbers as a seller saves them: one saved setting per plan setting, shares in percent.

import type { NumberRange, PlanSettings } from '../plan/plan-settings';

/** The plan's settings as the Settings dialog shows them and DocumentProperties stores them. */
export interface SavedPlanSettings {
  /** R4: days of cover at or under which a sea order is due now. */
  readonly alertDays: number;
  /** R32–R43: days after a restock during which the recovery playbook runs. */
  readonly recoveryDays: number;
  /** R8: order-to-sellable cycle (days) where a row leaves it blank. */
  readonly cycleDays: number;
  /** R9: safety stock (days of sales) where a row leaves it blank. */
  readonly safetyDays: number;
  /** R14: a projected gap of at most this many days is short: hold the price. */
  readonly shortGapDays: number;
  /** R16: a projected gap of more than this many days is a planning failure. */
  readonly longGapDays: number;
  /** R15: the price raise for a medium gap, in percent [low, high]. */
  readonly priceRaisePercent: NumberRange;
  /** R13: the largest single price raise, in percent. */
  readonly maxSingleRaisePercent: number;
  /** R15: the conversion fall after a raise that calls for shrinking it, in percent [low, high]. */
  readonly conversionDropPercent: NumberRange;
  /** R18: the daily ad budget cut before a stockout, in percent [low, high]. */
  readonly budgetCutPercent: NumberRange;
  /** R20: the core keyword bid cut before a stockout, in percent [low, high]. */
  readonly bidCutPercent: NumberRange;
  /** R24: days from sending an air / express shipment to units sellable in FBA. */
  readonly airTransitDays: number;
  /** R34: the band the recovery discount starts in, in percent [low, high]. */
  readonly recoveryDiscountRangePercent: NumberRange;
  /** R34: the discount the recovery ladder starts at, in percent. */
  readonly recoveryDiscountPercent: number;
  /** R34: every discount stays below this, in percent (50 at most). */
  readonly maxDiscountPercent: number;
  /** R34: steps from the starting discount back to full price. */
  readonly discountSteps: number;
  /** R36: the recovery daily budget as multiples [low, high] of the pre-stockout budget. */
  readonly recoveryBudgetMultiple: NumberRange;
}

export type SavedPlanSettingKey = keyof SavedPlanSettings;

/** `percent`: saved as 30 for a plan's 0.3; every other unit is saved as the plan holds it. */
export type SavedUnit = 'days' | 'percent' | 'multiple' | 'count';

/** The saved settings with the same shape as plan setting K (a number, or a [low, high] pair). */
type SameShape<K extends keyof PlanSettings> = {
  [S in SavedPlanSettingKey]: SavedPlanSettings[S] extends PlanSettings[K]
    ? PlanSettings[K] extends SavedPlanSettings[S]
      ? S
      : never
    : never;
}[SavedPlanSettingKey];

export interface SavedPlanField<S extends SavedPlanSettingKey = SavedPlanSettingKey> {
  readonly saved: S;
  readonly unit: SavedUnit;
}

/** Where each plan setting is saved: every plan setting has its saved setting, none is left out. */
export const SAVED_PLAN_FIELDS: {
  readonly [K in keyof PlanSettings]: SavedPlanField<SameShape<K>>;
} = {
  alertDays: { saved: 'alertDays', unit: 'days' },
  recoveryDays: { saved: 'recoveryDays', unit: 'days' },
  cycleDays: { saved: 'cycleDays', unit: 'days' },
  safetyDays: { saved: 'safetyDays', unit: 'days' },
  shortGapDays: { saved: 'shortGapDays', unit: 'days' },
  longGapDays: { saved: 'longGapDays', unit: 'days' },
  priceRaise: { saved: 'priceRaisePercent', unit: 'percent' },
  maxSingleRaise: { saved: 'maxSingleRaisePercent', unit: 'percent' },
  conversionDrop: { saved: 'conversionDropPercent', unit: 'percent' },
  budgetCut: { saved: 'budgetCutPercent', unit: 'percent' },
  bidCut: { saved: 'bidCutPercent', unit: 'percent' },
  airTransitDays: { saved: 'airTransitDays', unit: 'days' },
  recoveryDiscountRange: { saved: 'recoveryDiscountRangePercent', unit: 'percent' },
  recoveryDiscount: { saved: 'recoveryDiscountPercent', unit: 'percent' },
  maxDiscount: { saved: 'maxDiscountPercent', unit: 'percent' },
  discountSteps: { saved: 'discountSteps', unit: 'count' },
  recoveryBudget: { saved: 'recoveryBudgetMultiple', unit: 'multiple' },
};

type PlanKey = keyof PlanSettings;

const PLAN_KEYS = Object.keys(SAVED_PLAN_FIELDS) as PlanKey[];

/**
 * A plan number in its saved unit, without float noise (0.35 is saved as 35, not 35.00000000000001).
 * @example toSavedNumber('percent', 0.35) === 35
 */
export function toSavedNumber(unit: SavedUnit, value: number): number {
  return unit === 'percent' ? Number((value * 100).toPrecision(12)) : value;
}

/** A plan setting (a number or a [low, high] pair) in its saved unit. */
export function toSavedValue(unit: SavedUnit, value: number | NumberRange): number | NumberRange {
  return convert(value, (n) => toSavedNumber(unit, n));
}

/** @example fromSavedNumber('percent', 35) === 0.35 */
export function fromSavedNumber(unit: SavedUnit, value: number): number {
  return unit === 'percent' ? value / 100 : value;
}

/** The plan's settings as they are saved. */
export function toSavedPlanSettings(plan: PlanSettings): SavedPlanSettings {
  return Object.fromEntries(
    PLAN_KEYS.map((key) => {
      const { saved, unit } = SAVED_PLAN_FIELDS[key];
      return [saved, toSavedValue(unit, plan[key])];
    }),
  ) as unknown as SavedPlanSettings;
}

/** The plan's settings from the saved ones: every plan number follows what the seller saved. */
export function fromSavedPlanSettings(saved: SavedPlanSettings): PlanSettings {
  return Object.fromEntries(
    PLAN_KEYS.map((key) => {
      const { saved: name, unit } = SAVED_PLAN_FIELDS[key];
      return [key, convert(saved[name], (n) => fromSavedNumber(unit, n))];
    }),
  ) as unknown as PlanSettings;
}

function convert(value: number | NumberRange, fn: (n: number) => number): number | NumberRange {
  return typeof value === 'number' ? fn(value) : [fn(value[0]), fn(value[1])];
}
