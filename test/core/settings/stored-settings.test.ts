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
