// A number in a plan with its unit, so the sidebar shows money, units, days and percents each its way.

import { daysBetween, type IsoDate } from '../iso-date';

/**
 * `percent` values are fractions (0.3 = 30%); `multiple` values are factors (2 = 2×); `rate` is
 * units per day; `amount` is a number of units before rounding (a sum's raw result, to a tenth);
 * `date` is a calendar day as a count of days since 1970-01-01.
 */
export type Unit = 'money' | 'units' | 'days' | 'percent' | 'multiple' | 'rate' | 'amount' | 'date';

export interface Quantity {
  readonly unit: Unit;
  readonly value: number;
}

/**
 * Rounds an amount of money to the cent, ignoring binary float noise (1.005 is 1.01).
 * @example roundMoney(19.99 * 1.1) === 21.99
 */
export function roundMoney(amount: number): number {
  return Math.round(Number((amount * 100).toPrecision(12))) / 100;
}

export const money = (value: number): Quantity => ({ unit: 'money', value: roundMoney(value) });
export const units = (value: number): Quantity => ({ unit: 'units', value });
export const days = (value: number): Quantity => ({ unit: 'days', value });
export const percent = (value: number): Quantity => ({ unit: 'percent', value });
export const multiple = (value: number): Quantity => ({ unit: 'multiple', value });
export const rate = (value: number): Quantity => ({ unit: 'rate', value });
export const amount = (value: number): Quantity => ({ unit: 'amount', value });
/** A calendar day, held as days since 1970-01-01 so it stays a number. */
export const date = (day: IsoDate): Quantity => ({ unit: 'date', value: daysBetween(EPOCH, day) });

/** Day 0 of a `date` quantity. */
export const EPOCH: IsoDate = '1970-01-01';
