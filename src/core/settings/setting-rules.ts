// What each setting may hold and how settings relate, judged from SETTINGS_SCHEMA and
// SETTINGS_RELATIONS: the one set of rules, for the dialog, the saved value and the plan alike.

import { declarationOf, type SettingValue } from './settings';
import {
  type NumberRange,
  SETTINGS_RELATIONS,
  type SettingKey,
  type SettingLimit,
  type SettingMin,
  type SettingRelation,
} from './settings-schema';

export type SettingFaultKey =
  | 'notFinite'
  | 'negative'
  | 'notPositive'
  | 'notWhole'
  | 'tooLow'
  | 'tooHigh'
  | 'rangeReversed'
  | 'weightsZero'
  | 'notAbove'
  | 'notBelow'
  | 'outsideBand';

/**
 * One fault. `value` is the number at fault (a range's end, or the whole range when it is
 * reversed); `other` is the setting it was compared with; `limit` the bound a `tooHigh` value passed.
 */
export interface SettingFault {
  readonly setting: SettingKey;
  readonly key: SettingFaultKey;
  readonly value: number | NumberRange;
  readonly other?: SettingKey;
  readonly limit?: SettingLimit;
}

/**
 * Every fault among the given settings: each setting on its own first (in `keys` order), then how
 * they relate. A setting whose value is undefined (it could not be read) is not judged, nor any
 * relation with it; a relation is only judged between settings that are each fine, and only when
 * both are among `keys`. Colours are judged when read. Empty when all is well.
 */
export function settingFaults(
  keys: readonly SettingKey[],
  current: (key: SettingKey) => SettingValue | undefined,
): SettingFault[] {
  const faults: SettingFault[] = [];
  const faulty = new Set<SettingKey>();
  for (const key of keys) {
    const value = current(key);
    if (value === undefined) {
      faulty.add(key);
      continue;
    }
    const found = ownFaults(key, value);
    if (found.length > 0) faulty.add(key);
    faults.push(...found);
  }
  const judged = new Set(keys);
  for (const relation of SETTINGS_RELATIONS) {
    const { setting, other } = relation;
    if (!judged.has(setting) || !judged.has(other) || faulty.has(setting) || faulty.has(other)) {
      continue;
    }
    const fault = relationFault(relation, current(setting), current(other));
    if (fault !== undefined) {
      faults.push(fault);
      faulty.add(setting);
    }
  }
  return faults;
}

function relationFault(
  { kind, setting, other }: SettingRelation,
  value: SettingValue | undefined,
  otherValue: SettingValue | undefined,
): SettingFault | undefined {
  if (kind === 'within') {
    const [low, high] = otherValue as NumberRange;
    const n = value as number;
    return n < low || n > high ? { setting, key: 'outsideBand', value: n, other } : undefined;
  }
  const n = typeof value === 'number' ? value : ((value as readonly number[])[1] as number);
  const bound = otherValue as number;
  if (kind === 'below' && n >= bound) return { setting, key: 'notBelow', value: n, other };
  if (kind === 'above' && n <= bound) return { setting, key: 'notAbove', value: n, other };
  return undefined;
}

/** The faults of one setting on its own: each of its numbers, then a range's order or a sum. */
function ownFaults(setting: SettingKey, value: SettingValue): SettingFault[] {
  const declaration = declarationOf(setting);
  if (declaration.kind === 'colour') return [];
  const faults: SettingFault[] = [];
  const numbers = typeof value === 'number' ? [value] : (value as readonly number[]);
  for (const n of numbers) {
    const key = numberFault(declaration, n);
    if (key === undefined) continue;
    faults.push(
      key === 'tooHigh'
        ? { setting, key, value: n, limit: declaration.limit }
        : { setting, key, value: n },
    );
  }
  if (faults.length > 0) return faults;
  if (declaration.kind === 'range' && (numbers[0] as number) > (numbers[1] as number)) {
    return [{ setting, key: 'rangeReversed', value: value as NumberRange }];
  }
  if (declaration.kind === 'weights' && numbers.reduce((sum, n) => sum + n, 0) <= 0) {
    return [{ setting, key: 'weightsZero', value: 0 }];
  }
  return [];
}

function numberFault(
  rule: {
    readonly min: SettingMin;
    readonly whole?: boolean;
    readonly limit: SettingLimit;
  },
  value: number,
): SettingFaultKey | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'notFinite';
  if (rule.min === 'positive' && value <= 0) return 'notPositive';
  if (typeof rule.min === 'number' && value < rule.min) return 'tooLow';
  if (value < 0) return 'negative';
  if (rule.whole === true && !Number.isInteger(value)) return 'notWhole';
  const { max, excluded } = rule.limit;
  if (excluded ? value >= max : value > max) return 'tooHigh';
  return undefined;
}
