// The playbook numbers a plan is worked out with: the plan's part of the settings, as saved.

import { InputError } from '../input-error';
import { type SettingFault, settingFaults } from '../settings/setting-rules';
import { DEFAULT_SETTINGS, type PlaybookSettings, SETTING_KEYS } from '../settings/settings';
import { type NumberRange, SETTINGS_SCHEMA, type SettingKey } from '../settings/settings-schema';
import { settingText } from '../settings/shown-units';

export type { NumberRange };

type Schema = typeof SETTINGS_SCHEMA;

/** The settings the plan uses: those declared with the name its messages give them (`arg`). */
export type PlanSettingKey = {
  [K in SettingKey]: Schema[K] extends { readonly arg: string } ? K : never;
}[SettingKey];

export type PlanSettings = Pick<PlaybookSettings, PlanSettingKey>;

export const PLAN_SETTING_KEYS = SETTING_KEYS.filter(
  (key) => 'arg' in SETTINGS_SCHEMA[key],
) as PlanSettingKey[];

export const DEFAULT_PLAN_SETTINGS: PlanSettings = planSettingsOf(DEFAULT_SETTINGS);

/** The plan's part of the settings (any settings object holding the plan's numbers). */
export function planSettingsOf(settings: PlanSettings): PlanSettings {
  return Object.fromEntries(
    PLAN_SETTING_KEYS.map((key) => [key, settings[key]]),
  ) as unknown as PlanSettings;
}

/**
 * Every fault in the plan's settings, each on its own, then how they relate (short gap < long
 * gap, the discount below its cap and inside its band): the settings' own rules.
 */
export function planSettingsProblems(settings: PlanSettings): SettingFault[] {
  return settingFaults(PLAN_SETTING_KEYS, (key) => settings[key as PlanSettingKey]);
}

/**
 * Checks every number and how they relate, naming the first bad setting in an InputError. The
 * rules are the settings' own, the ones the Settings dialog applies. Returns the settings unchanged.
 */
export function checkPlanSettings<S extends PlanSettings>(settings: S): S {
  const [first] = planSettingsProblems(settings);
  if (first !== undefined) throw planSettingError(first, settings);
  return settings;
}

function argOf(key: SettingKey): string {
  const declaration = SETTINGS_SCHEMA[key];
  return 'arg' in declaration ? declaration.arg : key;
}

/** A plan-settings fault as the calculations phrase it, the setting named by its argument name. */
function planSettingError(problem: SettingFault, settings: PlanSettings): InputError {
  const arg = argOf(problem.setting);
  const declaration = SETTINGS_SCHEMA[problem.setting as PlanSettingKey];
  const value = settingText(problem.value);
  const other = problem.other;
  switch (problem.key) {
    case 'notFinite':
      return new InputError('notAFiniteNumber', { arg, value: String(value) });
    case 'negative':
    case 'notPositive':
    case 'notWhole':
    case 'rangeReversed':
      return new InputError(problem.key, { arg, value });
    case 'tooLow':
      return new InputError('outOfRange', {
        arg,
        min: 'min' in declaration ? String(declaration.min) : 0,
        max: 'limit' in declaration ? declaration.limit.max : '',
        value,
      });
    case 'tooHigh': {
      const limit = problem.limit;
      const max = limit === undefined ? '' : `${limit.max}${limit.excluded ? ' (excluded)' : ''}`;
      const whole = 'whole' in declaration && declaration.whole === true;
      return new InputError('outOfRange', {
        arg,
        min: whole ? 1 : declaration.min === 'positive' ? '0 (excluded)' : 0,
        max,
        value,
      });
    }
    case 'notAbove':
      return new InputError('notAbove', { arg, other: otherText(other, settings), value });
    case 'notBelow':
      return new InputError('outOfRange', {
        arg,
        min: '0',
        max: `${otherText(other, settings)}, excluded`,
        value,
      });
    case 'outsideBand': {
      const band = (
        other === undefined ? [0, 0] : settings[other as PlanSettingKey]
      ) as NumberRange;
      return new InputError('outOfRange', {
        arg,
        min: band[0],
        max: `${band[1]} (${other === undefined ? '' : argOf(other)})`,
        value,
      });
    }
    case 'weightsZero':
      return new InputError('outOfRange', { arg, min: 0, max: '', value });
  }
}

/** `short_gap_days (7)`: another setting and its value, for a message. */
function otherText(other: SettingKey | undefined, settings: PlanSettings): string {
  if (other === undefined) return '';
  return `${argOf(other)} (${settingText(settings[other as PlanSettingKey])})`;
}
