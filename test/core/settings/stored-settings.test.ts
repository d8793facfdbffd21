// Stored settings: one versioned JSON value, older layouts migrated, bad values survived.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  type PlaybookSettings,
  SETTINGS_VERSION,
} from '../../../src/core/settings/settings';
import {
  readStoredSettings,
  writeStoredSettings,
} from '../../../src/core/settings/stored-settings';

/** The layout the first release wrote (version 1). */
const VERSION_1 = JSON.stringify({
  version: 1,
  thresholds: { airFreightDays: 25, alertDays: 60, overstockDays: 150 },
  colours: { airFreight: '#FFFF00', alert: '#ff9999', overstock: '#aabbcc' },
  safetyDays: 21,
  cycleDays: 45,
  salesWeights: [0.6, 0.3, 0.1],
});

/** The layout the previous release wrote (version 2): no plan numbers beyond these. */
const VERSION_2 = JSON.stringify({
  version: 2,
  settings: {
    airFreightDays: 15,
    alertDays: 70,
    overstockDays: 200,
    colours: {
      airFreight: '#ffe599',
      alert: '#ea9999',
      overstock: '#cfd8e3',
      phases: {
        PRE_STOCKOUT: '#f9cb9c',
        OUT_OF_STOCK: '#ff0000',
        RECOVERY: '#c9daf8',
        HEALTHY: '#d9ead3',
      },
    },
    safetyDays: 20,
    cycleDays: 50,
    salesWeights: [0.5, 0.3, 0.2],
    airTransitDays: 8,
    recoveryDays: 21,
    budgetCutPercent: [20, 25],
  },
});

/** The settings the previous release wrote (version 3): shares in percent, under their own names. */
const VERSION_3_SETTINGS = {
  airFreightDays: 20,
  alertDays: 70,
  overstockDays: 180,
  colours: DEFAULT_SETTINGS.colours,
  safetyDays: 14,
  cycleDays: 60,
  salesWeights: [0.5, 0.3, 0.2],
  airTransitDays: 10,
  recoveryDays: 30,
  shortGapDays: 5,
  longGapDays: 30,
  priceRaisePercent: [3, 6],
  maxSingleRaisePercent: 8,
  conversionDropPercent: [15, 25],
  budgetCutPercent: [20, 25],
  bidCutPercent: [8, 12],
  recoveryDiscountRangePercent: [15, 30],
  recoveryDiscountPercent: 25,
  maxDiscountPercent: 40,
  discountSteps: 3,
  recoveryBudgetMultiple: [1.5, 2],
};

describe('stored settings', () => {
  it('gives the defaults, with no complaint, when nothing is stored', () => {
    expect(readStoredSettings(null)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(readStoredSettings('')).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('writes one JSON value carrying the current version', () => {
    const stored = JSON.parse(writeStoredSettings(DEFAULT_SETTINGS));
    expect(stored.version).toBe(SETTINGS_VERSION);
    expect(stored.settings).toEqual(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)));
  });

  it('migrates a version-1 value and fills what it lacked with defaults', () => {
    const { settings, issue } = readStoredSettings(VERSION_1);
    expect(issue).toBeUndefined();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      airFreightDays: 25,
      alertDays: 60,
      overstockDays: 150,
      colours: {
        ...DEFAULT_SETTINGS.colours,
        airFreight: '#ffff00',
        alert: '#ff9999',
        overstock: '#aabbcc',
      },
      safetyDays: 21,
      cycleDays: 45,
      salesWeights: [0.6, 0.3, 0.1],
    });
  });

  it('migrates a version-2 value: its settings kept, the plan numbers it lacked at their defaults', () => {
    const { settings, issue } = readStoredSettings(VERSION_2);
    expect(issue).toBeUndefined();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      airFreightDays: 15,
      alertDays: 70,
      overstockDays: 200,
      colours: {
        ...DEFAULT_SETTINGS.colours,
        phases: { ...DEFAULT_SETTINGS.colours.phases, OUT_OF_STOCK: '#ff0000' },
      },
      safetyDays: 20,
      cycleDays: 50,
      airTransitDays: 8,
      recoveryDays: 21,
      // Saved as 20–25 percent, used as shares.
      budgetCut: [0.2, 0.25],
    });
    expect(settings).toMatchObject({
      shortGapDays: 7,
      longGapDays: 30,
      priceRaise: [0.05, 0.1],
      maxSingleRaise: 0.1,
      bidCut: [0.05, 0.1],
      recoveryDiscount: 0.3,
      recoveryDiscountRange: [0.2, 0.35],
      maxDiscount: 0.5,
      discountSteps: 2,
      recoveryBudget: [1, 2],
    });
    // Saving it again writes today's layout, which reads back the same.
    const rewritten = writeStoredSettings(settings);
    expect(JSON.parse(rewritten).version).toBe(SETTINGS_VERSION);
    expect(readStoredSettings(rewritten)).toEqual({ settings });
  });

  it('fills settings a current value lacks with their defaults', () => {
    const partial = JSON.stringify({
      version: SETTINGS_VERSION,
      settings: { alertDays: 90, colours: { phases: { HEALTHY: '#00ff00' } } },
    });
    const { settings } = readStoredSettings(partial);
    expect(settings.alertDays).toBe(90);
    expect(settings.airFreightDays).toBe(DEFAULT_SETTINGS.airFreightDays);
    expect(settings.colours.phases.HEALTHY).toBe('#00ff00');
    expect(settings.colours.phases.RECOVERY).toBe(DEFAULT_SETTINGS.colours.phases.RECOVERY);
  });

  it('falls back to the defaults, saying why, for unreadable or rule-breaking values', () => {
    expect(readStoredSettings('{not json')).toEqual({
      settings: DEFAULT_SETTINGS,
      issue: 'unreadable',
    });
    expect(readStoredSettings('{"alertDays": 3}').issue).toBe('unreadable');
    const broken = readStoredSettings(
      JSON.stringify({ version: SETTINGS_VERSION, settings: { airFreightDays: 100 } }),
    );
    expect(broken.settings).toBe(DEFAULT_SETTINGS);
    expect(broken.issue).toBe('invalid');
    expect(broken.problems?.map((p) => p.key)).toEqual(['notBelow']);
  });

  it('reads a value from a newer release as far as it understands it', () => {
    const newer = JSON.stringify({
      version: SETTINGS_VERSION + 1,
      settings: { ...DEFAULT_SETTINGS, alertDays: 80, somethingNew: true },
    });
    const loaded = readStoredSettings(newer);
    expect(loaded.issue).toBe('newerVersion');
    expect(loaded.settings.alertDays).toBe(80);
    expect(loaded.settings).not.toHaveProperty('somethingNew');
  });

  it('refuses a stored plan number that breaks a rule, falling back to the defaults', () => {
    const stored = JSON.stringify({
      version: SETTINGS_VERSION,
      settings: { ...DEFAULT_SETTINGS, maxDiscount: 0.7, recoveryDiscount: 0.6 },
    });
    const loaded = readStoredSettings(stored);
    expect(loaded.settings).toBe(DEFAULT_SETTINGS);
    expect(loaded.issue).toBe('invalid');
    expect(loaded.problems?.map((p) => `${p.field}:${p.key}`)).toEqual([
      'recoveryDiscount:outsideBand',
      'maxDiscount:discountCeiling',
    ]);
    // The same numbers saved in percent by layout 3 are refused the same way.
    const layout3 = readStoredSettings(
      JSON.stringify({
        version: 3,
        settings: { ...VERSION_3_SETTINGS, maxDiscountPercent: 70, recoveryDiscountPercent: 60 },
      }),
    );
    expect(layout3.issue).toBe('invalid');
    expect(layout3.problems?.map((p) => `${p.field}:${p.key}`)).toEqual([
      'recoveryDiscount:outsideBand',
      'maxDiscount:discountCeiling',
    ]);
  });

  it('migrates a version-3 value: every percent becomes the share the plan uses', () => {
    const { settings, issue } = readStoredSettings(
      JSON.stringify({ version: 3, settings: VERSION_3_SETTINGS }),
    );
    expect(issue).toBeUndefined();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      alertDays: 70,
      shortGapDays: 5,
      priceRaise: [0.03, 0.06],
      maxSingleRaise: 0.08,
      conversionDrop: [0.15, 0.25],
      budgetCut: [0.2, 0.25],
      bidCut: [0.08, 0.12],
      recoveryDiscountRange: [0.15, 0.3],
      recoveryDiscount: 0.25,
      maxDiscount: 0.4,
      discountSteps: 3,
      recoveryBudget: [1.5, 2],
    });
    expect(settings).not.toHaveProperty('budgetCutPercent');
    expect(settings).not.toHaveProperty('recoveryBudgetMultiple');
  });

  it('reads back exactly what it wrote, every plan number included', () => {
    // Percents as a seller types them, saved as the plan's shares.
    const percentRange = (min: number, max: number) =>
      fc
        .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
        .map(([a, b]) => [Math.min(a, b) / 100, Math.max(a, b) / 100] as const);
    const percent = (min: number, max: number) =>
      fc.double({ min, max, noNaN: true }).map((n) => n / 100);
    const plan = fc
      .record({
        shortGapDays: fc.integer({ min: 0, max: 20 }),
        longGapDays: fc.integer({ min: 21, max: 90 }),
        priceRaise: percentRange(0, 30),
        maxSingleRaise: percent(0, 100),
        conversionDrop: percentRange(0, 100),
        budgetCut: percentRange(0, 99),
        bidCut: percentRange(0, 99),
        maxDiscount: fc.integer({ min: 30, max: 50 }).map((n) => n / 100),
        band: percentRange(1, 29),
        discountSteps: fc.integer({ min: 1, max: 5 }),
        recoveryBudget: fc.tuple(
          fc.double({ min: 0.1, max: 3, noNaN: true }),
          fc.double({ min: 3, max: 9, noNaN: true }),
        ),
      })
      .map(({ band, ...rest }) => ({
        ...rest,
        recoveryDiscountRange: band,
        recoveryDiscount: band[1],
      }));
    fc.assert(
      fc.property(plan, (numbers) => {
        const written: PlaybookSettings = { ...DEFAULT_SETTINGS, ...numbers };
        expect(readStoredSettings(writeStoredSettings(written))).toEqual({ settings: written });
      }),
    );
  });

  it('reads back exactly what it wrote', () => {
    const colour = fc
      .integer({ min: 0, max: 0xffffff })
      .map((n) => `#${n.toString(16).padStart(6, '0')}`);
    const settings = fc.record({
      airFreightDays: fc.integer({ min: 1, max: 30 }),
      alertDays: fc.integer({ min: 31, max: 120 }),
      overstockDays: fc.integer({ min: 121, max: 400 }),
      safetyDays: fc.integer({ min: 0, max: 60 }),
      cycleDays: fc.integer({ min: 1, max: 200 }),
      airTransitDays: fc.integer({ min: 1, max: 30 }),
      recoveryDays: fc.integer({ min: 0, max: 90 }),
      alertColour: colour,
    });
    fc.assert(
      fc.property(settings, ({ alertColour, ...numbers }) => {
        const written: PlaybookSettings = {
          ...DEFAULT_SETTINGS,
          ...numbers,
          colours: { ...DEFAULT_SETTINGS.colours, alert: alertColour },
        };
        expect(readStoredSettings(writeStoredSettings(written))).toEqual({ settings: written });
      }),
    );
  });
});
