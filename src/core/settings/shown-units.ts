// Settings as the dialog shows them: shares as percents (0.3 shows as 30), every other unit as saved.

import { type PlaybookSettings, settingsFrom, valueAt } from './settings';
import { SETTINGS_SCHEMA, type SettingKey, type SettingUnit } from './settings-schema';

/**
 * A saved number in the unit the dialog shows, without float noise (0.35 shows as 35, not
 * 35.00000000000001).
 * @example toShown('percent', 0.35) === 35
 */
export function toShown(unit: SettingUnit, value: number): number {
  return unit === 'percent' ? Number((value * 100).toPrecision(12)) : value;
}

/** @example fromShown('percent', 35) === 0.35 */
export function fromShown(unit: SettingUnit, value: number): number {
  return unit === 'percent' ? Number((value / 100).toPrecision(12)) : value;
}

/** The unit a setting's numbers are shown in; undefined for a colour. */
export function unitOf(key: SettingKey): SettingUnit | undefined {
  const declaration = SETTINGS_SCHEMA[key];
  return 'unit' in declaration ? declaration.unit : undefined;
}

/** A setting's value in the dialog's units (a colour as it is). */
export function shownValue(key: SettingKey, value: unknown): unknown {
  const unit = unitOf(key);
  if (unit === undefined) return value;
  const show = (n: unknown) => (typeof n === 'number' ? toShown(unit, n) : n);
  return Array.isArray(value) ? value.map(show) : show(value);
}

/**
 * The settings as the dialog's form holds them: the same object, numbers in the dialog's units.
 * savePlaybookSettings takes this shape back (as numbers or as typed text).
 */
export function shownSettings(settings: PlaybookSettings): PlaybookSettings {
  return settingsFrom((key) => shownValue(key, valueAt(settings, key)) as never);
}

/** A value as a message shows it: a number as it is, a range as `0.3–0.4`. */
export function settingText(value: number | readonly number[] | string): number | string {
  return typeof value === 'object' ? value.join('–') : value;
}
