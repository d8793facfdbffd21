// Settings validation: every rule, every problem named, in both languages.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PlaybookSettings } from '../../../src/core/settings/settings';
import { SETTINGS_SCHEMA } from '../../../src/core/settings/settings-schema';
import { shownSettings } from '../../../src/core/settings/shown-units';
import {
  describeSettingsProblem,
  validateSettings,
} from '../../../src/core/settings/validate-settings';

/** The defaults as the dialog shows and sends them: percents as 30, not 0.3. */
const SHOWN = shownSettings(DEFAULT_SETTINGS);

/** The problems of settings as the dialog sends them. */
function problemsOf(input: unknown) {
  const check = validateSettings(input, 'shown');
  if (check.ok) throw new Error('expected problems');
  return check.problems.map((p) => `${p.field}:${p.key}`);
}

describe('validateSettings', () => {
  it('accepts the playbook defaults as they are', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('reads numbers typed as text and lower-cases colours', () => {
    const typed = {
      ...SHOWN,
      airFreightDays: ' 21 ',
      alertDays: '70.5',
      salesWeights: ['1', '0', '0'],
      budgetCut: ['25', '35'],
      colours: { ...DEFAULT_SETTINGS.colours, alert: '#FF0000' },
    };
    const check = validateSettings(typed, 'shown');
    expect(check.ok && check.settings.airFreightDays).toBe(21);
    expect(check.ok && check.settings.alertDays).toBe(70.5);
    expect(check.ok && check.settings.salesWeights).toEqual([1, 0, 0]);
    // Percents as typed are saved as the plan's shares.
    expect(check.ok && check.settings.budgetCut).toEqual([0.25, 0.35]);
    expect(check.ok && check.settings.colours.alert).toBe('#ff0000');
  });

  it('refuses a threshold that is not a positive number', () => {
    expect(problemsOf({ ...SHOWN, alertDays: 'abc' })).toEqual(['alertDays:notANumber']);
    expect(problemsOf({ ...SHOWN, airFreightDays: 0 })).toEqual(['airFreightDays:notPositive']);
    expect(problemsOf({ ...SHOWN, overstockDays: -5 })).toEqual(['overstockDays:notPositive']);
    expect(problemsOf({ ...SHOWN, alertDays: '' })).toEqual(['alertDays:required']);
    expect(problemsOf({ ...SHOWN, alertDays: Number.POSITIVE_INFINITY })).toEqual([
      'alertDays:notANumber',
    ]);
  });

  it('refuses yellow at or above red, and red at or above overstock', () => {
    expect(problemsOf({ ...SHOWN, airFreightDays: 75 })).toEqual(['airFreightDays:notBelow']);
    expect(problemsOf({ ...SHOWN, airFreightDays: 90 })).toEqual(['airFreightDays:notBelow']);
    expect(problemsOf({ ...SHOWN, overstockDays: 60 })).toEqual(['alertDays:notBelow']);
  });

  it('refuses weights that do not sum to a positive number, or are not three numbers', () => {
    expect(problemsOf({ ...SHOWN, salesWeights: [0, 0, 0] })).toEqual(['salesWeights:weightsZero']);
    expect(problemsOf({ ...SHOWN, salesWeights: [1, 2] })).toEqual(['salesWeights:weightsShape']);
    expect(problemsOf({ ...SHOWN, salesWeights: [1, -1, 2] })).toEqual(['salesWeights:negative']);
  });

  it('refuses bad colours, budget cuts of 100% or more and reversed ranges', () => {
    expect(
      problemsOf({
        ...SHOWN,
        colours: { ...DEFAULT_SETTINGS.colours, airFreight: 'yellow' },
      }),
    ).toEqual(['colours.airFreight:badColour']);
    expect(
      problemsOf({
        ...SHOWN,
        colours: {
          ...DEFAULT_SETTINGS.colours,
          phases: { ...DEFAULT_SETTINGS.colours.phases, RECOVERY: '<b>' },
        },
      }),
    ).toEqual(['colours.phases.RECOVERY:badColour']);
    expect(problemsOf({ ...SHOWN, budgetCut: [30, 100] })).toEqual(['budgetCut:percentRange']);
    expect(problemsOf({ ...SHOWN, budgetCut: [40, 30] })).toEqual(['budgetCut:rangeReversed']);
  });

  it('reads the plan numbers typed as text', () => {
    const check = validateSettings(
      {
        ...SHOWN,
        shortGapDays: '5',
        longGapDays: ' 45 ',
        priceRaise: ['3', '6.5'],
        discountSteps: '3',
        recoveryBudget: ['1.5', '2.5'],
      },
      'shown',
    );
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.settings).toMatchObject({
      shortGapDays: 5,
      longGapDays: 45,
      priceRaise: [0.03, 0.065],
      discountSteps: 3,
      recoveryBudget: [1.5, 2.5],
    });
  });

  it('refuses every range given high first', () => {
    const ranges = Object.entries(SHOWN).filter(
      ([name, value]) => Array.isArray(value) && name !== 'salesWeights',
    );
    expect(ranges.map(([name]) => name).sort()).toEqual([
      'bidCut',
      'budgetCut',
      'conversionDrop',
      'priceRaise',
      'recoveryBudget',
      'recoveryDiscountRange',
    ]);
    for (const [name, [low, high]] of ranges as [string, [number, number]][]) {
      expect(problemsOf({ ...SHOWN, [name]: [high, low] }), name).toEqual([
        `${name}:rangeReversed`,
      ]);
    }
    expect(problemsOf({ ...SHOWN, bidCut: [5] })).toEqual(['bidCut:rangeShape']);
  });

  it('refuses a discount of 50% or more, or one outside its band (R34)', () => {
    expect(problemsOf({ ...SHOWN, maxDiscount: 50.5 })).toEqual(['maxDiscount:discountCeiling']);
    expect(problemsOf({ ...SHOWN, recoveryDiscount: 50 })).toEqual(['recoveryDiscount:notBelow']);
    expect(problemsOf({ ...SHOWN, recoveryDiscountRange: [20, 55] })).toEqual([
      'recoveryDiscountRange:notBelow',
    ]);
    expect(problemsOf({ ...SHOWN, recoveryDiscount: 15 })).toEqual([
      'recoveryDiscount:outsideBand',
    ]);
    // A lower cap of the seller's own is kept to as well.
    expect(problemsOf({ ...SHOWN, maxDiscount: 30 })).toEqual([
      'recoveryDiscount:notBelow',
      'recoveryDiscountRange:notBelow',
    ]);
    const lower: PlaybookSettings = {
      ...DEFAULT_SETTINGS,
      maxDiscount: 0.3,
      recoveryDiscount: 0.25,
      recoveryDiscountRange: [0.15, 0.25],
    };
    expect(validateSettings(lower)).toEqual({ ok: true, settings: lower });
    expect(validateSettings(shownSettings(lower), 'shown')).toEqual({ ok: true, settings: lower });
  });

  it('refuses plan numbers that are not positive, not whole, or past their limit', () => {
    expect(problemsOf({ ...SHOWN, discountSteps: 0 })).toEqual(['discountSteps:notPositive']);
    expect(problemsOf({ ...SHOWN, discountSteps: 2.5 })).toEqual(['discountSteps:notWhole']);
    expect(problemsOf({ ...SHOWN, discountSteps: 6 })).toEqual(['discountSteps:tooHigh']);
    expect(problemsOf({ ...SHOWN, recoveryBudget: [0, 2] })).toEqual([
      'recoveryBudget:notPositive',
    ]);
    expect(problemsOf({ ...SHOWN, recoveryDiscount: -30 })).toEqual([
      'recoveryDiscount:notPositive',
    ]);
    expect(problemsOf({ ...SHOWN, shortGapDays: -1 })).toEqual(['shortGapDays:negative']);
    expect(problemsOf({ ...SHOWN, priceRaise: [5, 150] })).toEqual(['priceRaise:tooHigh']);
    expect(problemsOf({ ...SHOWN, bidCut: [5, 100] })).toEqual(['bidCut:percentRange']);
    expect(problemsOf({ ...SHOWN, maxSingleRaise: 'ten' })).toEqual(['maxSingleRaise:notANumber']);
  });

  it('refuses a short gap at or above the long gap (R14, R16)', () => {
    expect(problemsOf({ ...SHOWN, longGapDays: 7 })).toEqual(['longGapDays:notAbove']);
    expect(problemsOf({ ...SHOWN, shortGapDays: 40 })).toEqual(['longGapDays:notAbove']);
  });

  it('says what is wrong with a plan number in both languages, in the dialog’s units', () => {
    const say = (input: unknown) => {
      const check = validateSettings(input, 'shown');
      if (check.ok) throw new Error('expected a problem');
      return check.problems.map((p) => [
        describeSettingsProblem(p, 'en'),
        describeSettingsProblem(p, 'zh-CN'),
      ]);
    };
    expect(say({ ...SHOWN, longGapDays: 5 })).toEqual([
      [
        'Long gap, a planning failure (over days) (5) must be above Short gap, hold the price (up to days) (7)',
        '长断货期，属于计划失误（超过天数）（5）必须大于 短断货期，维持原价（不超过天数）（7）',
      ],
    ]);
    expect(say({ ...SHOWN, maxDiscount: 60 })).toEqual([
      [
        'Every discount stays below (%) must be at most 50: no discount may ever take half the price or more, got 60',
        '任何折扣都低于（%） 不能超过 50：任何折扣都不能达到原价的一半或更多，当前为 60',
      ],
    ]);
    expect(say({ ...SHOWN, recoveryDiscount: 40 })).toEqual([
      [
        'Recovery discount to start at (%) (40) must lie within Recovery discount band (%) (20–35)',
        '恢复期起始折扣（%）（40）必须在 恢复期折扣区间（%）（20–35）之内',
      ],
    ]);
    expect(say({ ...SHOWN, conversionDrop: [10, 120] })).toEqual([
      [
        'Shrink the raise if conversion falls by (%) must be at most 100, got 120',
        '转化率下降多少时回调提价（%） 不能超过 100，当前为 120',
      ],
    ]);
    expect(say({ ...SHOWN, budgetCut: [-10, 40] })).toEqual([
      [
        'Ad budget cut before a stockout (%) cannot be negative, got -10',
        '断货前广告预算降幅（%） 不能为负数，当前为 -10',
      ],
    ]);
  });

  it('lists every problem at once, not only the first', () => {
    expect(problemsOf({ ...SHOWN, cycleDays: 0, safetyDays: -1, recoveryDays: 'x' })).toEqual([
      'safetyDays:negative',
      'cycleDays:notPositive',
      'recoveryDays:notANumber',
    ]);
    // In the dialog's order, section by section, whatever order they were found in.
    expect(
      problemsOf({
        ...SHOWN,
        discountSteps: 9,
        bidCut: [10, 5],
        longGapDays: 3,
        airTransitDays: '',
        alertDays: 0,
      }),
    ).toEqual([
      'alertDays:notPositive',
      'airTransitDays:required',
      'longGapDays:notAbove',
      'bidCut:rangeReversed',
      'discountSteps:tooHigh',
    ]);
  });

  it('refuses something that is not a settings object', () => {
    for (const input of [null, 'settings', 42, [1, 2]]) {
      expect(problemsOf(input)).toEqual(['settings:notAnObject']);
    }
  });

  it('names the setting and the value in both languages', () => {
    const check = validateSettings({ ...DEFAULT_SETTINGS, airFreightDays: 80 });
    if (check.ok) throw new Error('expected a problem');
    const [problem] = check.problems;
    if (problem === undefined) throw new Error('expected a problem');
    expect(describeSettingsProblem(problem, 'en')).toBe(
      'Air-freight alert (days of cover) (80) must be below Order-by-sea alert (days of cover) (75)',
    );
    expect(describeSettingsProblem(problem, 'zh-CN')).toBe(
      '空运预警（可售天数）（80）必须小于 海运下单预警（可售天数）（75）',
    );
  });

  it('accepts any ordered thresholds within their bound and returns exactly what it was given', () => {
    const bound = SETTINGS_SCHEMA.overstockDays.limit.max;
    const days = fc.double({ min: 0.5, max: bound, noNaN: true });
    fc.assert(
      fc.property(fc.tuple(days, days, days), ([a, b, c]) => {
        const [air, alert, over] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        fc.pre(air < alert && alert < over);
        const settings: PlaybookSettings = {
          ...DEFAULT_SETTINGS,
          airFreightDays: air,
          alertDays: alert,
          overstockDays: over,
        };
        expect(validateSettings(settings)).toEqual({ ok: true, settings });
      }),
    );
  });

  it('puts a sane upper bound on every number: 1e300 days is refused, naming the bound', () => {
    expect(problemsOf({ ...SHOWN, overstockDays: '1e300' })).toEqual(['overstockDays:tooHigh']);
    const check = validateSettings({ ...SHOWN, cycleDays: 1e300, safetyDays: 3651 }, 'shown');
    if (check.ok) throw new Error('expected problems');
    expect(check.problems.map((p) => describeSettingsProblem(p, 'en'))).toEqual([
      'Default safety stock (days of sales) must be at most 3650, got 3651',
      'Default replenishment cycle (days) must be at most 3650, got 1e+300',
    ]);
    expect(problemsOf({ ...SHOWN, recoveryBudget: [1, 1e9] })).toEqual(['recoveryBudget:tooHigh']);
    expect(problemsOf({ ...SHOWN, salesWeights: [1e300, 1, 1] })).toEqual(['salesWeights:tooHigh']);
    expect(validateSettings({ ...SHOWN, airTransitDays: 3650 }, 'shown').ok).toBe(true);
  });

  it('bounds every declared number, and the defaults lie within their bounds', () => {
    for (const [key, declaration] of Object.entries(SETTINGS_SCHEMA)) {
      if (declaration.kind === 'colour') continue;
      expect(Number.isFinite(declaration.limit.max), key).toBe(true);
      const numbers =
        typeof declaration.default === 'number' ? [declaration.default] : declaration.default;
      for (const n of numbers) expect(n, key).toBeLessThanOrEqual(declaration.limit.max);
    }
  });
});
