// The plan settings' rules: every fault listed, the first one raised by checkPlanSettings.

import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/core/plan/build-plan';
import {
  checkPlanSettings,
  DEFAULT_PLAN_SETTINGS,
  PLAN_SETTING_KEYS,
  type PlanSettings,
  planSettingsProblems,
} from '../../../src/core/plan/plan-settings';
import { BEFORE_MEDIUM } from './sample-rows';

const withSetting = (change: Partial<PlanSettings>): PlanSettings => ({
  ...DEFAULT_PLAN_SETTINGS,
  ...change,
});

const faults = (change: Partial<PlanSettings>) =>
  planSettingsProblems(withSetting(change)).map((p) => `${p.setting}:${p.key}`);

describe('plan setting rules', () => {
  it('has a rule for every plan setting and finds nothing wrong with the defaults', () => {
    expect([...PLAN_SETTING_KEYS].sort()).toEqual(Object.keys(DEFAULT_PLAN_SETTINGS).sort());
    expect(planSettingsProblems(DEFAULT_PLAN_SETTINGS)).toEqual([]);
  });

  it('lists every fault, not only the first', () => {
    expect(
      faults({ cycleDays: 0, bidCut: [0.1, 0.05], discountSteps: 2.5, maxDiscount: 0.6 }),
    ).toEqual([
      'cycleDays:notPositive',
      'bidCut:rangeReversed',
      'maxDiscount:tooHigh',
      'discountSteps:notWhole',
    ]);
  });

  it('never lets a discount reach 50% (R34), whatever the cap says', () => {
    expect(planSettingsProblems(withSetting({ maxDiscount: 0.6 }))).toEqual([
      {
        setting: 'maxDiscount',
        key: 'tooHigh',
        value: 0.6,
        limit: { max: 0.5, excluded: false, reason: 'discountCeiling' },
      },
    ]);
    expect(faults({ recoveryDiscountRange: [0.2, 0.5] })).toEqual([
      'recoveryDiscountRange:notBelow',
    ]);
    expect(faults({ recoveryDiscount: 0.4 })).toEqual(['recoveryDiscount:outsideBand']);
    expect(() => checkPlanSettings(withSetting({ maxDiscount: 0.6 }))).toThrow(
      /max_discount must be between 0 \(excluded\) and 0.5, got 0.6/,
    );
    expect(() => checkPlanSettings(withSetting({ recoveryDiscount: 0.15 }))).toThrow(
      /recovery_discount must be between 0.2 and 0.35 \(recovery_discount_range\), got 0.15/,
    );
  });

  it('keeps some ads on (R21): a budget or bid cut of 100% is refused', () => {
    expect(faults({ budgetCut: [0.3, 1] })).toEqual(['budgetCut:tooHigh']);
    expect(faults({ bidCut: [1, 1] })).toEqual(['bidCut:tooHigh', 'bidCut:tooHigh']);
    expect(() => checkPlanSettings(withSetting({ budgetCut: [0.3, 1] }))).toThrow(
      /budget_cut must be between 0 and 1 \(excluded\), got 1/,
    );
  });

  it('judges relations only between settings that are each fine', () => {
    expect(faults({ shortGapDays: Number.NaN, longGapDays: 3 })).toEqual([
      'shortGapDays:notFinite',
    ]);
    expect(faults({ maxDiscount: -1, recoveryDiscount: 0.3 })).toEqual(['maxDiscount:notPositive']);
  });

  it('refuses a bad setting before planning with it', () => {
    expect(() => buildPlan(BEFORE_MEDIUM, withSetting({ discountSteps: 0 }))).toThrow(
      /discount_steps must be greater than 0/,
    );
    expect(() => buildPlan(BEFORE_MEDIUM, withSetting({ priceRaise: [0.1, 0.05] }))).toThrow(
      /price_raise must give the smaller number first, got 0.1–0.05/,
    );
  });
});
