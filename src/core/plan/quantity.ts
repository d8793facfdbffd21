// A number in a plan with its unit, so the sidebar shows money, units, days and percents each its way.

/**
 * `percent` values are fractions (0.3 = 30%); `multiple` values are factors (2 = 2×); `rate` is
 * units per day.
 */
export type Unit = 'money' | 'units' | 'days' | 'percent' | 'multiple' | 'rate';

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
