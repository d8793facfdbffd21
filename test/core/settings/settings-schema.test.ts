// The one declaration of every setting, and everything that follows it (its texts are checked
// with every other text in test/texts.test.ts).

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  SETTINGS_SECTIONS,
  settingsFrom,
  valueAt,
} from '../../../src/core/settings/settings';
import {
  SETTINGS_RELATIONS,
  SETTINGS_SCHEMA,
  SETTINGS_SECTIONS_SCHEMA,
} from '../../../src/core/settings/settings-schema';
import { fromShown, shownSettings, toShown } from '../../../src/core/settings/shown-units';
import { validateSettings } from '../../../src/core/settings/validate-settings';

describe('settings schema', () => {
  it('names the playbook rule behind every setting', () => {
    for (const [key, declaration] of Object.entries(SETTINGS_SCHEMA)) {
      expect(declaration.rules, key).toMatch(/^R\d+/);
    }
  });

  it('keeps each section’s settings together, sections in the dialog’s order', () => {
    expect(SETTINGS_SECTIONS.map((s) => s.section)).toEqual(Object.keys(SETTINGS_SECTIONS_SCHEMA));
    expect(SETTINGS_SECTIONS.flatMap((s) => s.fields)).toEqual(SETTING_KEYS);
  });

  it('builds the defaults from the declarations, each at its key', () => {
    for (const key of SETTING_KEYS) {
      expect(valueAt(DEFAULT_SETTINGS, key), key).toEqual(SETTINGS_SCHEMA[key].default);
    }
    expect(settingsFrom((key) => SETTINGS_SCHEMA[key].default)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.colours.phases.RECOVERY).toBe('#c9daf8');
  });

  it('puts each colour beside a number it belongs to, and relates only declared numbers', () => {
    for (const [key, declaration] of Object.entries(SETTINGS_SCHEMA)) {
      if (declaration.kind !== 'colour' || !('beside' in declaration)) continue;
      expect(SETTING_KEYS, key).toContain(declaration.beside);
      expect(SETTINGS_SCHEMA[declaration.beside as keyof typeof SETTINGS_SCHEMA].kind).toBe(
        'number',
      );
    }
    for (const { setting, other, kind } of SETTINGS_RELATIONS) {
      expect(SETTINGS_SCHEMA[setting].kind).not.toBe('colour');
      expect(SETTINGS_SCHEMA[other].kind).toBe(kind === 'within' ? 'range' : 'number');
    }
  });

  it('shows shares as percents and reads them back as the same shares', () => {
    expect(toShown('percent', 0.35)).toBe(35);
    expect(fromShown('percent', 35)).toBe(0.35);
    expect(toShown('days', 14)).toBe(14);
    const check = validateSettings(shownSettings(DEFAULT_SETTINGS), 'shown');
    expect(check).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
});
