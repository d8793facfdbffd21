// R2, R4, R7–R9, R13–R36: reads settings as saved or as a seller typed them; every problem is
// named in the dialog's units, nothing half-applied. The rules are SETTINGS_SCHEMA's own.

import type { SalesWeights } from '../daily-sales';
import { formatMessage, type Locale } from '../i18n/locale';
import { quoteValue } from '../input-error';
import { DECIMAL_NUMBER } from '../number-text';
import { type SettingFault, settingFaults } from './setting-rules';
import {
  declarationOf,
  type PlaybookSettings,
  SETTING_KEYS,
  type SettingValue,
  settingsFieldOrder,
  settingsFrom,
  valueAt,
} from './settings';
import {
  SETTINGS_LABELS,
  SETTINGS_PROBLEMS,
  type SettingsField,
  type SettingsProblemKey,
} from './settings-messages';
import { SETTINGS_SCHEMA, type SettingKey, type SettingLimitReason } from './settings-schema';
import { fromShown, settingText, shownValue } from './shown-units';

export interface SettingsProblem {
  readonly field: SettingsField;
  readonly key: SettingsProblemKey;
  /**
   * `value`: the value as typed or in the dialog's units; `other`: a second setting the problem
   * compares with, `otherValue` its value; `max`: the largest value the setting may take.
   */
  readonly params: {
    readonly value?: string;
    readonly other?: SettingsField;
    readonly otherValue?: number | string;
    readonly max?: number;
    readonly min?: number;
  };
}

export type SettingsCheck =
  | { readonly ok: true; readonly settings: PlaybookSettings }
  | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

/**
 * `stored`: numbers as saved (a 30% cut is 0.3); `shown`: as the dialog shows them (30). Either
 * way numbers may come as text; the settings returned are always as saved.
 */
export type SettingsUnits = 'stored' | 'shown';

const COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * Reads settings (numbers, or numbers as text) into PlaybookSettings, or lists every problem
 * found, in the dialog's order. Each value must first have its shape (a number, two numbers low
 * first, three weights, a #rrggbb colour); then every setting obeys its declared bounds and the
 * settings their relations (air freight < alert < overstock, short gap < long gap, discounts under
 * 50% and inside their band…).
 * @example validateSettings({ ...DEFAULT_SETTINGS, alertDays: 10 }).ok === false // 20 ≥ 10
 */
export function validateSettings(input: unknown, units: SettingsUnits = 'stored'): SettingsCheck {
  if (!isRecord(input)) return refuse([{ field: 'settings', key: 'notAnObject', params: {} }]);
  const problems: SettingsProblem[] = [];
  const values = new Map<SettingKey, SettingValue>();
  for (const key of SETTING_KEYS) {
    const read = readSetting(key, valueAt(input, key), units);
    if ('value' in read) values.set(key, read.value);
    else problems.push(...read.problems);
  }
  const current = (key: SettingKey) => values.get(key);
  for (const fault of settingFaults(SETTING_KEYS, current)) {
    problems.push(faultProblem(fault, current));
  }
  if (problems.length === 0) {
    return { ok: true, settings: settingsFrom((key) => values.get(key) as SettingValue) };
  }
  // A stable sort: a setting's own problems keep the order they were found in.
  return refuse(
    [...problems].sort((a, b) => settingsFieldOrder(a.field) - settingsFieldOrder(b.field)),
  );
}

/** A problem in the reader's language, the setting named as the dialog labels it. */
export function describeSettingsProblem(problem: SettingsProblem, locale: Locale): string {
  const labels = SETTINGS_LABELS[locale];
  const { value, other, otherValue, max } = problem.params;
  return formatMessage(SETTINGS_PROBLEMS[locale][problem.key], {
    field: labels[problem.field],
    ...(value === undefined ? {} : { value }),
    ...(other === undefined ? {} : { other: labels[other] }),
    ...(otherValue === undefined ? {} : { otherValue }),
    ...(max === undefined ? {} : { max }),
  });
}

type Read = { readonly value: SettingValue } | { readonly problems: readonly SettingsProblem[] };

/** One setting in its declared shape, in saved units; a value that cannot be read is a problem. */
function readSetting(key: SettingKey, raw: unknown, units: SettingsUnits): Read {
  const declaration = declarationOf(key);
  if (declaration.kind === 'colour') {
    const text = typeof raw === 'string' ? raw.trim() : raw;
    if (typeof text === 'string' && COLOUR.test(text)) return { value: text.toLowerCase() };
    return fail(key, blank(raw) ? 'required' : 'badColour', raw);
  }
  const unit = declaration.unit;
  const number = (item: unknown): number | SettingsProblem => {
    if (blank(item)) return problem(key, 'required', item);
    const text = typeof item === 'string' ? item.trim() : undefined;
    const value = text !== undefined && DECIMAL_NUMBER.test(text) ? Number(text) : item;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return problem(key, 'notANumber', item);
    }
    return units === 'shown' ? fromShown(unit, value) : value;
  };
  if (declaration.kind === 'number') {
    const value = number(raw);
    return typeof value === 'number' ? { value } : { problems: [value] };
  }
  const size = declaration.kind === 'range' ? 2 : 3;
  if (!Array.isArray(raw) || raw.length !== size) {
    const shape = declaration.kind === 'range' ? 'rangeShape' : 'weightsShape';
    return { problems: [{ field: key, key: shape, params: {} }] };
  }
  const read = raw.map(number);
  const problems = read.filter((n): n is SettingsProblem => typeof n !== 'number');
  if (problems.length > 0) return { problems };
  return { value: read as unknown as SalesWeights };
}

/** The dialog's key for each reason a number is too high. */
const LIMIT_PROBLEMS: Readonly<Record<SettingLimitReason, SettingsProblemKey>> = {
  sane: 'tooHigh',
  share: 'tooHigh',
  adsStayOn: 'percentRange',
  discountCeiling: 'discountCeiling',
  steps: 'tooHigh',
};

/** A rule's fault as the dialog shows it: numbers in the dialog's units. */
function faultProblem(
  fault: SettingFault,
  current: (key: SettingKey) => SettingValue | undefined,
): SettingsProblem {
  const field = fault.setting;
  const show = (key: SettingKey, value: SettingValue | undefined) =>
    settingText(shownValue(key, value) as number | readonly number[]);
  const value = String(show(field, fault.value));
  switch (fault.key) {
    case 'tooHigh': {
      const limit = fault.limit;
      const max = limit === undefined ? undefined : (show(field, limit.max) as number);
      const key = limit === undefined ? 'tooHigh' : LIMIT_PROBLEMS[limit.reason];
      return { field, key, params: { value, ...(max === undefined ? {} : { max }) } };
    }
    case 'tooLow': {
      const { min } = SETTINGS_SCHEMA[field] as { min: unknown };
      const shown = typeof min === 'number' ? Number(show(field, min)) : 0;
      return { field, key: 'tooLow', params: { value, min: shown } };
    }
    case 'weightsZero':
      return { field, key: 'weightsZero', params: {} };
    case 'notFinite':
      return { field, key: 'notANumber', params: { value } };
    case 'notAbove':
    case 'notBelow':
    case 'outsideBand': {
      const other = fault.other as SettingKey;
      return {
        field,
        key: fault.key,
        params: { value, other, otherValue: show(other, current(other)) },
      };
    }
    default:
      return { field, key: fault.key, params: { value } };
  }
}

function problem(field: SettingKey, key: SettingsProblemKey, raw: unknown): SettingsProblem {
  return { field, key, params: { value: typeof raw === 'number' ? String(raw) : quoteValue(raw) } };
}

function fail(field: SettingKey, key: SettingsProblemKey, raw: unknown): Read {
  return { problems: [problem(field, key, raw)] };
}

function refuse(problems: readonly SettingsProblem[]): SettingsCheck {
  return { ok: false, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function blank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}
