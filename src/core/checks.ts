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
