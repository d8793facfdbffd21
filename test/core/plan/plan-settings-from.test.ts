// Every plan number is a saved setting: the defaults agree, and each one follows what was saved.

import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from '../../../src/core/plan/plan-settings';
import * as defaults from '../../../src/core/playbook-defaults';
import {
  fromSavedPlanSettings,
  SAVED_PLAN_FIELDS,
  toSavedPlanSettings,
} from '../../../src/core/settings/saved-plan-settings';
import { DEFAULT_SETTINGS, type PlaybookSettings } from '../../../src/core/settings/settings';

const PLAN_KEYS = Object.keys(DEFAULT_PLAN_SETTINGS) as (keyof PlanSettings)[];

describe('fromSavedPlanSettings', () => {
  it('turns the saved defaults into exactly the plan defaults', () => {
    expect(fromSavedPlanSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_PLAN_SETTINGS);
  });

  it('saves the playbook numbers, in percent where they are shares', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      alertDays: defaults.DEFAULT_ALERT_DAYS,
      shortGapDays: defaults.DEFAULT_SHORT_GAP_DAYS,
      longGapDays: defaults.DEFAULT_LONG_GAP_DAYS,
      priceRaisePercent: [5, 10],
      maxSingleRaisePercent: 10,
      conversionDropPercent: [10, 20],
      budgetCutPercent: [30, 40],
      bidCutPercent: [5, 10],
      recoveryDiscountPercent: 30,
      recoveryDiscountRangePercent: [20, 35],
      maxDiscountPercent: 50,
      discountSteps: defaults.DEFAULT_DISCOUNT_STEPS,
      recoveryBudgetMultiple: [1, 2],
    });
  });

  it('has one saved setting for every plan setting, and no saved plan setting left unused', () => {
    expect(Object.keys(SAVED_PLAN_FIELDS).sort()).toEqual([...PLAN_KEYS].sort());
    const saved = PLAN_KEYS.map((key) => SAVED_PLAN_FIELDS[key].saved);
    expect(new Set(saved).size).toBe(PLAN_KEYS.length);
    expect(Object.keys(toSavedPlanSettings(DEFAULT_PLAN_SETTINGS)).sort()).toEqual(
      [...saved].sort(),
    );
    for (const name of saved) expect(DEFAULT_SETTINGS).toHaveProperty(name);
  });

  it('makes each plan number follow its saved setting, and only that one', () => {
    for (const key of PLAN_KEYS) {
      const { saved, unit } = SAVED_PLAN_FIELDS[key];
      const before = DEFAULT_SETTINGS[saved];
      const nudge = (n: number) => (unit === 'count' ? n + 1 : n * 0.9);
      const after = typeof before === 'number' ? nudge(before) : [nudge(before[0]), before[1]];
      const changed = fromSavedPlanSettings({
        ...DEFAULT_SETTINGS,
        [saved]: after,
      } as PlaybookSettings);
      const differing = PLAN_KEYS.filter(
        (k) => JSON.stringify(changed[k]) !== JSON.stringify(DEFAULT_PLAN_SETTINGS[k]),
      );
      expect(differing, saved).toEqual([key]);
    }
  });

  it('reads percents as shares: a 20–25% budget cut is 0.2–0.25', () => {
    const plan = fromSavedPlanSettings({
      ...DEFAULT_SETTINGS,
      budgetCutPercent: [20, 25],
      maxDiscountPercent: 45,
      recoveryBudgetMultiple: [1.5, 3],
      longGapDays: 21,
    });
    expect(plan).toMatchObject({
      budgetCut: [0.2, 0.25],
      maxDiscount: 0.45,
      recoveryBudget: [1.5, 3],
      longGapDays: 21,
    });
  });
});
