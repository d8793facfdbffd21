// R4, R9: checks settings as a seller typed them; every problem is named, nothing half-applied.

import { formatMessage, type Locale } from '../i18n/locale';
import { quoteValue } from '../input-error';
import { PHASES } from '../phase';
import type { PlaybookSettings } from './settings';
import {
  SETTINGS_LABELS,
  SETTINGS_PROBLEMS,
  type SettingsField,
  type SettingsProblemKey,
} from './settings-messages';

export interface SettingsProblem {
  readonly field: SettingsField;
  readonly key: SettingsProblemKey;
  /** `value`: the value as typed; `other`: a second field the problem compares with. */
  readonly params: {
    readonly value?: string;
    readonly other?: SettingsField;
    readonly otherValue?: number;
  };
}

export type SettingsCheck =
  | { readonly ok: true; readonly settings: PlaybookSettings }
  | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

const COLOUR = /^#[0-9a-f]{6}$/i;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads settings as the dialog sends them (numbers, or numbers as text) into PlaybookSettings,
 * or lists every problem found. Rules: thresholds are positive, air freight < alert < overstock,
 * colours are #rrggbb, weights are three non-negative numbers with a positive sum, the budget cut
 * is a [low, high] pair from 0 to under 100.
 * @example validateSettings({ ...DEFAULT_SETTINGS, alertDays: 10 }).ok === false // 20 ≥ 10
 */
export function validateSettings(input: unknown): SettingsCheck {
  if (!isRecord(input)) return refuse([{ field: 'settings', key: 'notAnObject', params: {} }]);
  const problems: SettingsProblem[] = [];
  const read = new Reader(problems);

  const airFreightDays = read.number('airFreightDays', input.airFreightDays, 'positive');
  const alertDays = read.number('alertDays', input.alertDays, 'positive');
  const overstockDays = read.number('overstockDays', input.overstockDays, 'positive');
  read.below('airFreightDays', airFreightDays, 'alertDays', alertDays);
  read.below('alertDays', alertDays, 'overstockDays', overstockDays);

  const colours = isRecord(input.colours) ? input.colours : {};
  const phaseColours = isRecord(colours.phases) ? colours.phases : {};
  const phases = Object.fromEntries(
    PHASES.map((phase) => [phase, read.colour(`colours.phases.${phase}`, phaseColours[phase])]),
  ) as Record<(typeof PHASES)[number], string>;

  const settings: PlaybookSettings = {
    airFreightDays,
    alertDays,
    overstockDays,
    colours: {
      airFreight: read.colour('colours.airFreight', colours.airFreight),
      alert: read.colour('colours.alert', colours.alert),
      overstock: read.colour('colours.overstock', colours.overstock),
      phases,
    },
    safetyDays: read.number('safetyDays', input.safetyDays, 'nonNegative'),
    cycleDays: read.number('cycleDays', input.cycleDays, 'positive'),
    salesWeights: read.weights('salesWeights', input.salesWeights),
    airTransitDays: read.number('airTransitDays', input.airTransitDays, 'positive'),
    recoveryDays: read.number('recoveryDays', input.recoveryDays, 'nonNegative'),
    budgetCutPercent: read.percentRange('budgetCutPercent', input.budgetCutPercent),
  };
  return problems.length === 0 ? { ok: true, settings } : refuse(problems);
}

/** A problem in the reader's language, the setting named as the dialog labels it. */
export function describeSettingsProblem(problem: SettingsProblem, locale: Locale): string {
  const labels = SETTINGS_LABELS[locale];
  const { value, other, otherValue } = problem.params;
  return formatMessage(SETTINGS_PROBLEMS[locale][problem.key], {
    field: labels[problem.field],
    ...(value === undefined ? {} : { value }),
    ...(other === undefined ? {} : { other: labels[other] }),
    ...(otherValue === undefined ? {} : { otherValue }),
  });
}

function refuse(problems: readonly SettingsProblem[]): SettingsCheck {
  return { ok: false, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one value after another, collecting problems; a bad number reads as NaN. */
class Reader {
  constructor(private readonly problems: SettingsProblem[]) {}

  number(field: SettingsField, raw: unknown, sign: 'positive' | 'nonNegative'): number {
    const value = this.parse(field, raw);
    if (Number.isNaN(value)) return value;
    if (sign === 'positive' && value <= 0) return this.fail(field, 'notPositive', raw);
    if (sign === 'nonNegative' && value < 0) return this.fail(field, 'negative', raw);
    return value;
  }

  /** `low` must be strictly below `high`; skipped when either is already reported. */
  below(low: SettingsField, lowValue: number, high: SettingsField, highValue: number): void {
    if (Number.isNaN(lowValue) || Number.isNaN(highValue) || lowValue < highValue) return;
    this.problems.push({
      field: low,
      key: 'notBelow',
      params: { value: String(lowValue), other: high, otherValue: highValue },
    });
  }

  colour(field: SettingsField, raw: unknown): string {
    const text = typeof raw === 'string' ? raw.trim() : raw;
    if (typeof text === 'string' && COLOUR.test(text)) return text.toLowerCase();
    this.problems.push({
      field,
      key: blank(raw) ? 'required' : 'badColour',
      params: typedValue(raw),
    });
    return '';
  }

  weights(field: SettingsField, raw: unknown): readonly [number, number, number] {
    if (!Array.isArray(raw) || raw.length !== 3) {
      this.problems.push({ field, key: 'weightsShape', params: {} });
      return [Number.NaN, Number.NaN, Number.NaN];
    }
    const weights = raw.map((w) => this.number(field, w, 'nonNegative')) as [
      number,
      number,
      number,
    ];
    if (weights.every((w) => !Number.isNaN(w)) && weights[0] + weights[1] + weights[2] <= 0) {
      this.problems.push({ field, key: 'weightsZero', params: {} });
    }
    return weights;
  }

  percentRange(field: SettingsField, raw: unknown): readonly [number, number] {
    if (!Array.isArray(raw) || raw.length !== 2) {
      this.problems.push({ field, key: 'rangeShape', params: {} });
      return [Number.NaN, Number.NaN];
    }
    const [low, high] = raw.map((p) => {
      const value = this.parse(field, p);
      if (Number.isNaN(value) || (value >= 0 && value < 100)) return value;
      return this.fail(field, 'percentRange', p);
    }) as [number, number];
    if (!Number.isNaN(low) && !Number.isNaN(high) && low > high) {
      this.problems.push({ field, key: 'rangeReversed', params: { value: `${low}–${high}` } });
    }
    return [low, high];
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
    this.problems.push({ field, key, params: typedValue(raw) });
    return Number.NaN;
  }
}

function blank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function typedValue(raw: unknown): { value: string } {
  return { value: typeof raw === 'number' ? String(raw) : quoteValue(raw) };
}
