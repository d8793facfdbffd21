// Settings validation: every rule, every problem named, in both languages.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PlaybookSettings } from '../../../src/core/settings/settings';
import { SETTINGS_LABELS, SETTINGS_PROBLEMS } from '../../../src/core/settings/settings-messages';
import {
  describeSettingsProblem,
  validateSettings,
} from '../../../src/core/settings/validate-settings';

function problemsOf(input: unknown) {
  const check = validateSettings(input);
  if (check.ok) throw new Error('expected problems');
  return check.problems.map((p) => `${p.field}:${p.key}`);
}

describe('validateSettings', () => {
  it('accepts the playbook defaults as they are', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('reads numbers typed as text and lower-cases colours', () => {
    const typed = {
      ...DEFAULT_SETTINGS,
      airFreightDays: ' 21 ',
      alertDays: '70.5',
      salesWeights: ['1', '0', '0'],
      budgetCutPercent: ['25', '35'],
      colours: { ...DEFAULT_SETTINGS.colours, alert: '#FF0000' },
    };
    const check = validateSettings(typed);
    expect(check.ok && check.settings.airFreightDays).toBe(21);
    expect(check.ok && check.settings.alertDays).toBe(70.5);
    expect(check.ok && check.settings.salesWeights).toEqual([1, 0, 0]);
    expect(check.ok && check.settings.budgetCutPercent).toEqual([25, 35]);
    expect(check.ok && check.settings.colours.alert).toBe('#ff0000');
  });

  it('refuses a threshold that is not a positive number', () => {
    expect(problemsOf({ ...DEFAULT_SETTINGS, alertDays: 'abc' })).toEqual(['alertDays:notANumber']);
    expect(problemsOf({ ...DEFAULT_SETTINGS, airFreightDays: 0 })).toEqual([
      'airFreightDays:notPositive',
    ]);
    expect(problemsOf({ ...DEFAULT_SETTINGS, overstockDays: -5 })).toEqual([
      'overstockDays:notPositive',
    ]);
    expect(problemsOf({ ...DEFAULT_SETTINGS, alertDays: '' })).toEqual(['alertDays:required']);
    expect(problemsOf({ ...DEFAULT_SETTINGS, alertDays: Number.POSITIVE_INFINITY })).toEqual([
      'alertDays:notANumber',
    ]);
  });

  it('refuses yellow at or above red, and red at or above overstock', () => {
    expect(problemsOf({ ...DEFAULT_SETTINGS, airFreightDays: 75 })).toEqual([
      'airFreightDays:notBelow',
    ]);
    expect(problemsOf({ ...DEFAULT_SETTINGS, airFreightDays: 90 })).toEqual([
      'airFreightDays:notBelow',
    ]);
    expect(problemsOf({ ...DEFAULT_SETTINGS, overstockDays: 60 })).toEqual(['alertDays:notBelow']);
  });

  it('refuses weights that do not sum to a positive number, or are not three numbers', () => {
    expect(problemsOf({ ...DEFAULT_SETTINGS, salesWeights: [0, 0, 0] })).toEqual([
      'salesWeights:weightsZero',
    ]);
    expect(problemsOf({ ...DEFAULT_SETTINGS, salesWeights: [1, 2] })).toEqual([
      'salesWeights:weightsShape',
    ]);
    expect(problemsOf({ ...DEFAULT_SETTINGS, salesWeights: [1, -1, 2] })).toEqual([
      'salesWeights:negative',
    ]);
  });

  it('refuses bad colours, budget cuts of 100% or more and reversed ranges', () => {
    expect(
      problemsOf({
        ...DEFAULT_SETTINGS,
        colours: { ...DEFAULT_SETTINGS.colours, airFreight: 'yellow' },
      }),
    ).toEqual(['colours.airFreight:badColour']);
    expect(
      problemsOf({
        ...DEFAULT_SETTINGS,
        colours: {
          ...DEFAULT_SETTINGS.colours,
          phases: { ...DEFAULT_SETTINGS.colours.phases, RECOVERY: '<b>' },
        },
      }),
    ).toEqual(['colours.phases.RECOVERY:badColour']);
    expect(problemsOf({ ...DEFAULT_SETTINGS, budgetCutPercent: [30, 100] })).toEqual([
      'budgetCutPercent:percentRange',
    ]);
    expect(problemsOf({ ...DEFAULT_SETTINGS, budgetCutPercent: [40, 30] })).toEqual([
      'budgetCutPercent:rangeReversed',
    ]);
  });

  it('lists every problem at once, not only the first', () => {
    expect(
      problemsOf({ ...DEFAULT_SETTINGS, cycleDays: 0, safetyDays: -1, recoveryDays: 'x' }),
    ).toEqual(['safetyDays:negative', 'cycleDays:notPositive', 'recoveryDays:notANumber']);
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

  it('has every label and problem text in both languages with the same placeholders', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of Object.entries(SETTINGS_PROBLEMS.en)) {
      const zh = SETTINGS_PROBLEMS['zh-CN'][key as keyof typeof SETTINGS_PROBLEMS.en];
      expect(names(zh), key).toEqual(names(en));
    }
    for (const key of Object.keys(SETTINGS_LABELS.en)) {
      expect(SETTINGS_LABELS['zh-CN'][key as keyof typeof SETTINGS_LABELS.en]).toBeTruthy();
    }
  });

  it('accepts any ordered thresholds and returns exactly what it was given', () => {
    const days = fc.double({ min: 0.5, max: 5000, noNaN: true });
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
});
