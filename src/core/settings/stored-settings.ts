// The settings as one versioned JSON value: written in today's layout, older layouts migrated.

import { DEFAULT_SETTINGS, type PlaybookSettings, SETTINGS_VERSION } from './settings';
import { type SettingsProblem, validateSettings } from './validate-settings';

/**
 * Why stored settings were not used as they are. `unreadable`: not JSON or no version;
 * `invalid`: a value breaks a rule (defaults used instead); `newerVersion`: written by a newer
 * release, read as far as this one understands it.
 */
export type StoredSettingsIssue = 'unreadable' | 'invalid' | 'newerVersion';

export interface LoadedSettings {
  readonly settings: PlaybookSettings;
  readonly issue?: StoredSettingsIssue;
  readonly problems?: readonly SettingsProblem[];
}

type Json = Record<string, unknown>;

/**
 * Each step turns layout N into layout N + 1. Layout 1 (the first release) kept the thresholds
 * under `thresholds`, three cover colours and no phase colours, transit, recovery or budget.
 * Layout 2 had the plan's alert, cycle, safety, transit and recovery days and its budget cut;
 * layout 3 added the plan's other numbers (any still missing take their playbook defaults, see
 * withDefaults). Layouts 2 and 3 saved shares in percent under their own names
 * (`budgetCutPercent: [30, 40]`); layout 4 saves them as the plan uses them (`budgetCut: [0.3, 0.4]`).
 */
const MIGRATIONS: Readonly<Record<number, (old: Json) => Json>> = {
  1: (old) => {
    const thresholds = record(old.thresholds);
    const colours = record(old.colours);
    return {
      airFreightDays: thresholds.airFreightDays,
      alertDays: thresholds.alertDays,
      overstockDays: thresholds.overstockDays,
      colours: {
        airFreight: colours.airFreight,
        alert: colours.alert,
        overstock: colours.overstock,
      },
      safetyDays: old.safetyDays,
      cycleDays: old.cycleDays,
      salesWeights: old.salesWeights,
    };
  },
  2: (old) => ({ ...old }),
  3: (old) => {
    const next: Json = { ...old };
    for (const [before, after] of Object.entries(LAYOUT_3_PERCENTS)) {
      delete next[before];
      if (old[before] !== undefined) next[after] = percentToFraction(old[before]);
    }
    delete next.recoveryBudgetMultiple;
    if (old.recoveryBudgetMultiple !== undefined) next.recoveryBudget = old.recoveryBudgetMultiple;
    return next;
  },
};

/** Layout 3's settings in percent, and the name each has in layout 4. */
const LAYOUT_3_PERCENTS: Readonly<Record<string, string>> = {
  priceRaisePercent: 'priceRaise',
  maxSingleRaisePercent: 'maxSingleRaise',
  conversionDropPercent: 'conversionDrop',
  budgetCutPercent: 'budgetCut',
  bidCutPercent: 'bidCut',
  recoveryDiscountRangePercent: 'recoveryDiscountRange',
  recoveryDiscountPercent: 'recoveryDiscount',
  maxDiscountPercent: 'maxDiscount',
};

/** 30 → 0.3, each end of a range too; anything else is left for validation to name. */
function percentToFraction(value: unknown): unknown {
  const one = (n: unknown) => (typeof n === 'number' ? n / 100 : n);
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** The first layout that wraps the settings as `{ version, settings }`; layout 1 was flat. */
const FIRST_WRAPPED_LAYOUT = 2;

/** The stored JSON for settings (already validated). */
export function writeStoredSettings(settings: PlaybookSettings): string {
  return JSON.stringify({ version: SETTINGS_VERSION, settings });
}

/**
 * Reads the stored JSON: nothing stored gives the defaults; an older layout is migrated and
 * settings it did not have take their defaults; anything unusable gives the defaults and says why.
 * Never throws.
 */
export function readStoredSettings(json: string | null | undefined): LoadedSettings {
  if (json === null || json === undefined || json.trim() === '')
    return { settings: DEFAULT_SETTINGS };
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return { settings: DEFAULT_SETTINGS, issue: 'unreadable' };
  }
  const root = record(stored);
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { settings: DEFAULT_SETTINGS, issue: 'unreadable' };
  }
  let layout: Json = version >= FIRST_WRAPPED_LAYOUT ? record(root.settings) : root;
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step === undefined) return { settings: DEFAULT_SETTINGS, issue: 'unreadable' };
    layout = step(layout);
  }
  const check = validateSettings(withDefaults(layout));
  if (!check.ok) return { settings: DEFAULT_SETTINGS, issue: 'invalid', problems: check.problems };
  return version > SETTINGS_VERSION
    ? { settings: check.settings, issue: 'newerVersion' }
    : { settings: check.settings };
}

/** Fills every setting the layout lacks with its default, colours one by one. */
function withDefaults(layout: Json): Json {
  const colours = record(layout.colours);
  const phases = record(colours.phases);
  const filled: Json = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(layout)) if (value !== undefined) filled[key] = value;
  filled.colours = {
    ...DEFAULT_SETTINGS.colours,
    ...defined(colours),
    phases: { ...DEFAULT_SETTINGS.colours.phases, ...defined(phases) },
  };
  return filled;
}

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : {};
}

function defined(json: Json): Json {
  return Object.fromEntries(Object.entries(json).filter(([, v]) => v !== undefined));
}
