import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/core/plan/build-plan';
import {
  checkPlanSettings,
  DEFAULT_PLAN_SETTINGS,
  type PlanSettings,
} from '../../../src/core/plan/plan-settings';
import * as defaults from '../../../src/core/playbook-defaults';
import { BEFORE_MEDIUM } from './sample-rows';

const withSetting = (change: Partial<PlanSettings>): PlanSettings => ({
  ...DEFAULT_PLAN_SETTINGS,
  ...change,
});

describe('plan settings', () => {
  it('defaults to the playbook numbers', () => {
    expect(DEFAULT_PLAN_SETTINGS).toMatchObject({
      budgetCut: [0.3, 0.4],
      bidCut: [0.05, 0.1],
      priceRaise: [0.05, 0.1],
      maxSingleRaise: 0.1,
      shortGapDays: 7,
      longGapDays: 30,
      airTransitDays: defaults.DEFAULT_AIR_TRANSIT_DAYS,
      recoveryDiscountRange: [0.2, 0.35],
      maxDiscount: 0.5,
      recoveryBudget: [1, 2],
    });
    expect(checkPlanSettings(DEFAULT_PLAN_SETTINGS)).toBe(DEFAULT_PLAN_SETTINGS);
  });

  it('refuses settings that contradict each other or the playbook', () => {
    expect(() => checkPlanSettings(withSetting({ longGapDays: 5 }))).toThrow(
      /long_gap_days must be greater than short_gap_days/,
    );
    expect(() => checkPlanSettings(withSetting({ recoveryDiscount: 0.5 }))).toThrow(
      /recovery_discount must be between/,
    );
    expect(() => checkPlanSettings(withSetting({ budgetCut: [0.4, 0.3] }))).toThrow(
      /budget_cut must give the smaller number first/,
    );
    expect(() => checkPlanSettings(withSetting({ priceRaise: [0.05, 1.5] }))).toThrow(
      /price_raise must be between 0 and 1/,
    );
    expect(() => checkPlanSettings(withSetting({ discountSteps: 9 }))).toThrow(/discount_steps/);
    expect(() => checkPlanSettings(withSetting({ airTransitDays: -1 }))).toThrow(
      /air_transit_days cannot be negative/,
    );
    expect(() => checkPlanSettings(withSetting({ alertDays: 0 }))).toThrow(/alert_days/);
  });

  it('drives the plan: a longer short-gap band holds the price instead of raising it', () => {
    const plan = buildPlan(BEFORE_MEDIUM, withSetting({ shortGapDays: 14 }));
    expect(plan?.items.map((i) => i.rule)).toContain('R14');
    expect(plan?.items.map((i) => i.rule)).not.toContain('R15');
    const slowAir = buildPlan(BEFORE_MEDIUM, withSetting({ airTransitDays: 25 }));
    expect(slowAir?.items.find((i) => i.rule === 'R24')?.values.units?.value).toBe(35);
  });
});
