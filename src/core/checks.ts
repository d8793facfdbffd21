// Guards shared by every calculation: each names the argument in the error it raises.

import { InputError } from './input-error';

/** A number the user gave, or undefined for a blank cell. */
export type Maybe = number | undefined;

export function requireValue(arg: string, value: Maybe): number {
  if (value === undefined) throw new InputError('required', { arg });
  return value;
}

export function requireFinite(arg: string, value: number): number {
  if (!Number.isFinite(value))
    throw new InputError('notAFiniteNumber', { arg, value: String(value) });
  return value;
}

/** Stock, sales, days and prices are never negative. */
export function nonNegative(arg: string, value: number): number {
  requireFinite(arg, value);
  if (value < 0) throw new InputError('negative', { arg, value });
  return value;
}

export function nonNegativeOrBlank(arg: string, value: Maybe): Maybe {
  return value === undefined ? undefined : nonNegative(arg, value);
}

/**
 * The largest figures the calculations accept, all in one place. No seller comes near them —
 * 100 years of days, a billion units in stock, in a sales window or sold in a day, a billion
 * (in any currency) as a price or a daily ad budget — and under them every product the maths
 * forms stays finite and exact to the unit: a billion units a day over cycle + safety days of
 * 2 × 36,500 is 7.3e13 units, below 2^53 ≈ 9.0e15, where whole numbers stop being exact. Beyond
 * them a figure is a typing slip (an extra row of zeros, a date pasted as a number of days), and
 * the user is told so rather than shown NaN or Infinity.
 */
export const MAX_DAYS = 36_500;
export const MAX_UNITS = 1_000_000_000;
export const MAX_MONEY = 1_000_000_000;

/** A limit as messages show it: 36,500. (Intl is not used: its first call costs a recalculation.) */
export function grouped(limit: number): string {
  return String(limit).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** At most MAX_DAYS: for a number of days already checked otherwise (e.g. positive). */
export function withinDays(arg: string, value: number): number {
  if (value > MAX_DAYS) throw new InputError('tooManyDays', { arg, max: grouped(MAX_DAYS), value });
  return value;
}

/** A number of days: from 0 to MAX_DAYS. */
export function days(arg: string, value: number): number {
  return withinDays(arg, nonNegative(arg, value));
}

export function daysOrBlank(arg: string, value: Maybe): Maybe {
  return value === undefined ? undefined : days(arg, value);
}

/** A number of units (or units a day): from 0 to MAX_UNITS. */
export function units(arg: string, value: number): number {
  nonNegative(arg, value);
  if (value > MAX_UNITS)
    throw new InputError('tooManyUnits', { arg, max: grouped(MAX_UNITS), value });
  return value;
}

export function unitsOrBlank(arg: string, value: Maybe): Maybe {
  return value === undefined ? undefined : units(arg, value);
}

/** A price or a budget: at most MAX_MONEY, checked after its own lower bound. */
export function withinMoney(arg: string, value: number): number {
  if (value > MAX_MONEY)
    throw new InputError('tooMuchMoney', { arg, max: grouped(MAX_MONEY), value });
  return value;
}

export function positive(arg: string, value: number): number {
  requireFinite(arg, value);
  if (value <= 0) throw new InputError('notPositive', { arg, value });
  return value;
}

export function whole(arg: string, value: number): number {
  if (!Number.isInteger(value)) throw new InputError('notWhole', { arg, value });
  return value;
}

/**
 * Rounds up to a whole number, ignoring binary float noise: 0.1 × 30 is 3.0000000000000004
 * in floating point but 3 units on a shelf.
 * @example ceilUnits(0.1 * 30) === 3
 */
export function ceilUnits(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= 1e-9 * Math.max(1, Math.abs(value))
    ? nearest
    : Math.ceil(value);
}
