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
      budgetCutPercent: [20, 25],
    });
    expect(settings).toMatchObject({
      shortGapDays: 7,
      longGapDays: 30,
      priceRaisePercent: [5, 10],
      maxSingleRaisePercent: 10,
      bidCutPercent: [5, 10],
      recoveryDiscountPercent: 30,
      recoveryDiscountRangePercent: [20, 35],
      maxDiscountPercent: 50,
      discountSteps: 2,
      recoveryBudgetMultiple: [1, 2],
    });
    // Saving it again writes today's layout, which reads back the same.
    const rewritten = writeStoredSettings(settings);
    expect(JSON.parse(rewritten).version).toBe(3);
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
      settings: { ...DEFAULT_SETTINGS, maxDiscountPercent: 70, recoveryDiscountPercent: 60 },
    });
    const loaded = readStoredSettings(stored);
    expect(loaded.settings).toBe(DEFAULT_SETTINGS);
    expect(loaded.issue).toBe('invalid');
    expect(loaded.problems?.map((p) => `${p.field}:${p.key}`)).toEqual([
      'recoveryDiscountPercent:outsideBand',
      'maxDiscountPercent:discountCeiling',
    ]);
  });

  it('reads back exactly what it wrote, every plan number included', () => {
    const percentRange = (min: number, max: number) =>
      fc
        .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
        .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    const plan = fc
      .record({
        shortGapDays: fc.integer({ min: 0, max: 20 }),
        longGapDays: fc.integer({ min: 21, max: 90 }),
        priceRaisePercent: percentRange(0, 30),
        maxSingleRaisePercent: fc.double({ min: 0, max: 100, noNaN: true }),
        conversionDropPercent: percentRange(0, 100),
        budgetCutPercent: percentRange(0, 99),
        bidCutPercent: percentRange(0, 99),
        maxDiscountPercent: fc.integer({ min: 30, max: 50 }),
        band: percentRange(1, 29),
        discountSteps: fc.integer({ min: 1, max: 5 }),
        recoveryBudgetMultiple: fc.tuple(
          fc.double({ min: 0.1, max: 3, noNaN: true }),
          fc.double({ min: 3, max: 9, noNaN: true }),
        ),
      })
      .map(({ band, ...rest }) => ({
        ...rest,
        recoveryDiscountRangePercent: band,
        recoveryDiscountPercent: band[1],
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
