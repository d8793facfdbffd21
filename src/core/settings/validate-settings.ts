// R4, R9, R13–R36: checks settings as a seller typed them; every problem is named, nothing half-applied.

import { formatMessage, type Locale } from '../i18n/locale';
import { quoteValue } from '../input-error';
import { PHASES } from '../phase';
import {
  type PlanSettingProblem,
  type PlanSettingProblemKey,
  planSettingsProblems,
  type SettingLimitReason,
} from '../plan/plan-setting-rules';
import { DEFAULT_PLAN_SETTINGS, type NumberRange, settingText } from '../plan/plan-settings';
import {
  fromSavedPlanSettings,
  SAVED_PLAN_FIELDS,
  type SavedPlanSettings,
  toSavedNumber,
  toSavedValue,
} from './saved-plan-settings';
import type { PlaybookSettings } from './settings';
import {
  SETTINGS_LABELS,
  SETTINGS_PROBLEMS,
  type SettingsField,
  type SettingsProblemKey,
} from './settings-messages';
import { settingsFieldOrder } from './settings-sections';

export interface SettingsProblem {
  readonly field: SettingsField;
  readonly key: SettingsProblemKey;
  /** `value`: the value as typed; `other`: a second field the problem compares with. */
  readonly params: {
    readonly value?: string;
    readonly other?: SettingsField;
    readonly otherValue?: number | string;
    /** The largest value the setting may take. */
    readonly max?: number;
  };
}

export type SettingsCheck =
  | { readonly ok: true; readonly settings: PlaybookSettings }
  | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

const COLOUR = /^#[0-9a-f]{6}$/i;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads settings as the dialog sends them (numbers, or numbers as text) into PlaybookSettings,
 * or lists every problem found, in the dialog's order. Each number must first be a number; the
 * plan's numbers then obey PLAN_SETTING_RULES (the rules buildPlan checks: ranges low first,
 * shares up to 100%, budget and bid cuts under 100%, discounts under 50%, short gap < long gap…);
 * the colour thresholds are positive with air freight < alert < overstock; colours are #rrggbb;
 * weights are three non-negative numbers with a positive sum.
 * @example validateSettings({ ...DEFAULT_SETTINGS, alertDays: 10 }).ok === false // 20 ≥ 10
 */
export function validateSettings(input: unknown): SettingsCheck {
  if (!isRecord(input)) return refuse([{ field: 'settings', key: 'notAnObject', params: {} }]);
  const problems: SettingsProblem[] = [];
  const read = new Reader(problems);

  const airFreightDays = read.number('airFreightDays', input.airFreightDays, 'positive');
  const overstockDays = read.number('overstockDays', input.overstockDays, 'positive');
  const plan = readPlanNumbers(read, input);
  read.below('airFreightDays', airFreightDays, 'alertDays', plan.alertDays);
  read.below('alertDays', plan.alertDays, 'overstockDays', overstockDays);

  const colours = isRecord(input.colours) ? input.colours : {};
  const phaseColours = isRecord(colours.phases) ? colours.phases : {};
  const phases = Object.fromEntries(
    PHASES.map((phase) => [phase, read.colour(`colours.phases.${phase}`, phaseColours[phase])]),
  ) as Record<(typeof PHASES)[number], string>;

  const settings: PlaybookSettings = {
    ...plan,
    airFreightDays,
    overstockDays,
    colours: {
      airFreight: read.colour('colours.airFreight', colours.airFreight),
      alert: read.colour('colours.alert', colours.alert),
      overstock: read.colour('colours.overstock', colours.overstock),
      phases,
    },
    salesWeights: read.weights('salesWeights', input.salesWeights),
  };
  if (problems.length === 0) return { ok: true, settings };
  // A stable sort: a setting's own problems keep the order they were found in.
  return refuse(
    [...problems].sort((a, b) => settingsFieldOrder(a.field) - settingsFieldOrder(b.field)),
  );
}

/**
 * The plan's numbers: each read as a number (or a pair), then held to the plan's own rules
 * (PLAN_SETTING_RULES, the ones buildPlan checks), each rule judged only on numbers that could be
 * read. A number that could not be read is NaN.
 */
function readPlanNumbers(read: Reader, input: Record<string, unknown>): SavedPlanSettings {
  const saved = Object.fromEntries(
    (Object.keys(SAVED_PLAN_FIELDS) as (keyof typeof SAVED_PLAN_FIELDS)[]).map((planKey) => {
      const name = SAVED_PLAN_FIELDS[planKey].saved;
      const raw = input[name];
      const value =
        typeof DEFAULT_PLAN_SETTINGS[planKey] === 'number'
          ? read.number(name, raw)
          : read.pair(name, raw);
      return [name, value];
    }),
  ) as unknown as SavedPlanSettings;
  for (const problem of planSettingsProblems(fromSavedPlanSettings(saved))) {
    const field = SAVED_PLAN_FIELDS[problem.setting].saved;
    const other = problem.other === undefined ? undefined : SAVED_PLAN_FIELDS[problem.other].saved;
    // Unreadable numbers are already reported; no rule is judged on them.
    if (read.has(field) || (other !== undefined && read.has(other))) continue;
    read.report(planProblem(problem, saved));
  }
  return saved;
}

/** The settings key for each reason a plan number is too high. */
const LIMIT_PROBLEMS: Readonly<Record<SettingLimitReason, SettingsProblemKey>> = {
  share: 'tooHigh',
  adsStayOn: 'percentRange',
  discountCeiling: 'discountCeiling',
  steps: 'tooHigh',
};

const PLAN_PROBLEMS: Readonly<Record<PlanSettingProblemKey, SettingsProblemKey>> = {
  notFinite: 'notANumber',
  negative: 'negative',
  notPositive: 'notPositive',
  notWhole: 'notWhole',
  tooHigh: 'tooHigh',
  rangeReversed: 'rangeReversed',
  notAbove: 'notAbove',
  notBelow: 'notBelow',
  outsideBand: 'outsideBand',
};

/** A plan rule's fault as the dialog shows it: the saved setting's name, numbers in its unit. */
function planProblem(problem: PlanSettingProblem, saved: SavedPlanSettings): SettingsProblem {
  const { saved: field, unit } = SAVED_PLAN_FIELDS[problem.setting];
  const show = (value: number | NumberRange) => String(settingText(toSavedValue(unit, value)));
  const limit = problem.limit;
  if (problem.key === 'tooHigh' && limit !== undefined) {
    return {
      field,
      key: LIMIT_PROBLEMS[limit.reason],
      params: { value: show(problem.value), max: toSavedNumber(unit, limit.max) },
    };
  }
  if (problem.other === undefined) {
    return { field, key: PLAN_PROBLEMS[problem.key], params: { value: show(problem.value) } };
  }
  const other = SAVED_PLAN_FIELDS[problem.other].saved;
  return {
    field,
    key: PLAN_PROBLEMS[problem.key],
    params: { value: show(problem.value), other, otherValue: settingText(saved[other]) },
  };
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

function refuse(problems: readonly SettingsProblem[]): SettingsCheck {
  return { ok: false, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one value after another, collecting problems; a value that cannot be read is NaN. */
class Reader {
  private readonly faulty = new Set<SettingsField>();

  constructor(private readonly problems: SettingsProblem[]) {}

  /** True when a problem has already been reported for the setting. */
  has(field: SettingsField): boolean {
    return this.faulty.has(field);
  }

  report(problem: SettingsProblem): void {
    this.faulty.add(problem.field);
    this.problems.push(problem);
  }

  /** A number; with a sign, one that obeys it. */
  number(field: SettingsField, raw: unknown, sign?: 'positive' | 'nonNegative'): number {
    const value = this.parse(field, raw);
    if (Number.isNaN(value)) return value;
    if (sign === 'positive' && value <= 0) return this.fail(field, 'notPositive', raw);
    if (sign === 'nonNegative' && value < 0) return this.fail(field, 'negative', raw);
    return value;
  }

  /** Two numbers, [low, high]; their order is for the plan's rules to judge. */
  pair(field: SettingsField, raw: unknown): NumberRange {
    if (!Array.isArray(raw) || raw.length !== 2) {
      this.report({ field, key: 'rangeShape', params: {} });
      return [Number.NaN, Number.NaN];
    }
    return [this.number(field, raw[0]), this.number(field, raw[1])];
  }

  /** `low` must be strictly below `high`; skipped when either is already reported. */
  below(low: SettingsField, lowValue: number, high: SettingsField, highValue: number): void {
    if (this.has(low) || this.has(high) || lowValue < highValue) return;
    this.report({
      field: low,
      key: 'notBelow',
      params: { value: String(lowValue), other: high, otherValue: highValue },
    });
  }

  colour(field: SettingsField, raw: unknown): string {
    const text = typeof raw === 'string' ? raw.trim() : raw;
    if (typeof text === 'string' && COLOUR.test(text)) return text.toLowerCase();
    this.report({ field, key: blank(raw) ? 'required' : 'badColour', params: typedValue(raw) });
    return '';
  }

  weights(field: SettingsField, raw: unknown): readonly [number, number, number] {
    if (!Array.isArray(raw) || raw.length !== 3) {
      this.report({ field, key: 'weightsShape', params: {} });
      return [Number.NaN, Number.NaN, Number.NaN];
    }
    const weights = raw.map((w) => this.number(field, w, 'nonNegative')) as [
      number,
      number,
      number,
    ];
    if (weights.every((w) => !Number.isNaN(w)) && weights[0] + weights[1] + weights[2] <= 0) {
      this.report({ field, key: 'weightsZero', params: {} });
    }
    return weights;
  }

  private parse(field: SettingsField, raw: unknown): number {
    if (blank(raw)) return this.fail(field, 'required', raw);
    const value = typeof raw === 'string' && NUMBER.test(raw.trim()) ? Number(raw.trim()) : raw;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.fail(field, 'notANumber', raw);
    }
    return value;
  }

  private fail(field: SettingsField, key: SettingsProblemKey, raw: unknown): number {
    this.report({ field, key, params: typedValue(raw) });
    return Number.NaN;
  }
}

function blank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function typedValue(raw: unknown): { value: string } {
  return { value: typeof raw === 'number' ? String(raw) : quoteValue(raw) };
}
