// Every plan number is a saved setting: the defaults agree, and each one follows what was saved.

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAN_SETTINGS,
  PLAN_SETTING_KEYS,
  type PlanSettings,
  planSettingsOf,
} from '../../../src/core/plan/plan-settings';
import * as defaults from '../../../src/core/playbook-defaults';
import { DEFAULT_SETTINGS, type PlaybookSettings } from '../../../src/core/settings/settings';
import { SETTINGS_SCHEMA } from '../../../src/core/settings/settings-schema';
import { shownSettings } from '../../../src/core/settings/shown-units';
import { validateSettings } from '../../../src/core/settings/validate-settings';

const PLAN_KEYS = Object.keys(DEFAULT_PLAN_SETTINGS) as (keyof PlanSettings)[];

describe('plan settings from the saved settings', () => {
  it('takes exactly the plan defaults from the saved defaults', () => {
    expect(planSettingsOf(DEFAULT_SETTINGS)).toEqual(DEFAULT_PLAN_SETTINGS);
  });

  it('saves the playbook numbers, shares as the plan uses them and shown in percent', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      alertDays: defaults.DEFAULT_ALERT_DAYS,
      shortGapDays: defaults.DEFAULT_SHORT_GAP_DAYS,
      longGapDays: defaults.DEFAULT_LONG_GAP_DAYS,
      priceRaise: [0.05, 0.1],
      maxSingleRaise: 0.1,
      conversionDrop: [0.1, 0.2],
      budgetCut: [0.3, 0.4],
      bidCut: [0.05, 0.1],
      recoveryDiscount: 0.3,
      recoveryDiscountRange: [0.2, 0.35],
      maxDiscount: 0.5,
      discountSteps: defaults.DEFAULT_DISCOUNT_STEPS,
      recoveryBudget: [1, 2],
    });
    expect(shownSettings(DEFAULT_SETTINGS)).toMatchObject({
      priceRaise: [5, 10],
      maxSingleRaise: 10,
      conversionDrop: [10, 20],
      budgetCut: [30, 40],
      bidCut: [5, 10],
      recoveryDiscount: 30,
      recoveryDiscountRange: [20, 35],
      maxDiscount: 50,
      recoveryBudget: [1, 2],
    });
  });

  it('has one declared setting for every plan setting, each named for the calculations', () => {
    expect([...PLAN_SETTING_KEYS].sort()).toEqual([...PLAN_KEYS].sort());
    for (const key of PLAN_KEYS) {
      expect(DEFAULT_SETTINGS).toHaveProperty(key);
      expect(SETTINGS_SCHEMA[key]).toHaveProperty('arg');
    }
    const args = PLAN_KEYS.map((key) => (SETTINGS_SCHEMA[key] as { arg: string }).arg);
    expect(new Set(args).size).toBe(PLAN_KEYS.length);
  });

  it('makes each plan number follow its saved setting, and only that one', () => {
    for (const key of PLAN_KEYS) {
      const before = DEFAULT_SETTINGS[key];
      const nudge = (n: number) => (key === 'discountSteps' ? n + 1 : n * 0.9);
      const after = typeof before === 'number' ? nudge(before) : [nudge(before[0]), before[1]];
      const changed = planSettingsOf({ ...DEFAULT_SETTINGS, [key]: after } as PlaybookSettings);
      const differing = PLAN_KEYS.filter(
        (k) => JSON.stringify(changed[k]) !== JSON.stringify(DEFAULT_PLAN_SETTINGS[k]),
      );
      expect(differing, key).toEqual([key]);
    }
  });

  it('reads percents typed in the dialog as shares: a 20–25% budget cut is 0.2–0.25', () => {
    const check = validateSettings(
      {
        ...shownSettings(DEFAULT_SETTINGS),
        budgetCut: [20, 25],
        maxDiscount: 45,
        recoveryBudget: [1.5, 3],
        longGapDays: 21,
      },
      'shown',
    );
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(planSettingsOf(check.settings)).toMatchObject({
      budgetCut: [0.2, 0.25],
      maxDiscount: 0.45,
      recoveryBudget: [1.5, 3],
      longGapDays: 21,
    });
  });
});
