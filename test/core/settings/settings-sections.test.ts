// The dialog's sections: every setting exactly once, and problems listed in that order.

import { describe, expect, it } from 'vitest';
import { SETTINGS_SECTIONS, settingsFieldOrder } from '../../../src/core/settings/settings';
import { SETTINGS_LABELS } from '../../../src/core/settings/settings-messages';

describe('settings sections', () => {
  it('holds every setting once, in five sections', () => {
    expect(SETTINGS_SECTIONS.map((s) => s.section)).toEqual([
      'thresholds',
      'replenishment',
      'price',
      'ads',
      'recovery',
    ]);
    const listed = SETTINGS_SECTIONS.flatMap((s) => s.fields);
    expect(new Set(listed).size).toBe(listed.length);
    const settings = Object.keys(SETTINGS_LABELS.en).filter((field) => field !== 'settings');
    expect([...listed].sort()).toEqual(settings.sort());
  });

  it('orders settings section by section, the whole object first', () => {
    expect(settingsFieldOrder('settings')).toBe(-1);
    expect(settingsFieldOrder('airFreightDays')).toBe(0);
    expect(settingsFieldOrder('salesWeights')).toBeLessThan(settingsFieldOrder('shortGapDays'));
    expect(settingsFieldOrder('bidCut')).toBeLessThan(settingsFieldOrder('recoveryDays'));
  });
});
