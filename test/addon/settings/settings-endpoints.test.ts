// Settings endpoints: validated saves, refused input kept out, migration, recolouring.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import { refreshColourRules } from '../../../src/addon/colour-rules/refresh-colour-rules';
import { columnLetter } from '../../../src/addon/platform/column-letter';
import { SETTINGS_PROPERTY } from '../../../src/addon/platform/settings-store';
import { templateColumn } from '../../../src/addon/replenishment-sheet/template-plan';
import {
  getPlaybookSettings,
  savePlaybookSettings,
  showSettingsDialog,
} from '../../../src/addon/settings/settings-endpoints';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/core/settings/settings';
import { shownSettings } from '../../../src/core/settings/shown-units';
import { insertReplenishmentSheet } from '../support/insert-replenishment-sheet';

/** The form as the dialog sends it: every value as typed text. */
function typed(overrides: Record<string, unknown> = {}) {
  return { ...JSON.parse(JSON.stringify(shownSettings(DEFAULT_SETTINGS))), ...overrides };
}

describe('settings endpoints', () => {
  it('saves valid settings as one versioned JSON value in document properties', () => {
    const world = createFakeWorld();
    const response = savePlaybookSettings(
      world.services,
      typed({ alertDays: '60', airFreightDays: '15' }),
    );
    expect(response.ok).toBe(true);
    const stored = JSON.parse(world.properties.document.peek(SETTINGS_PROPERTY) ?? '');
    expect(stored.version).toBe(SETTINGS_VERSION);
    expect(stored.settings.alertDays).toBe(60);
    expect(getPlaybookSettings(world.services).settings.airFreightDays).toBe(15);
    expect(world.properties.document.getKeys()).toEqual([SETTINGS_PROPERTY]);
    expect(world.lock.documentLockHeld()).toBe(false);
  });

  it('refuses bad values with a message per field and keeps the saved settings', () => {
    const world = createFakeWorld();
    savePlaybookSettings(world.services, typed({ alertDays: 60 }));
    const before = world.properties.document.peek(SETTINGS_PROPERTY);

    const response = savePlaybookSettings(
      world.services,
      typed({ alertDays: 'soon', overstockDays: -1, salesWeights: ['0', '0', '0'] }),
    );
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.message).toBe('Nothing was saved. Fix the marked fields:');
    expect(response.problems).toEqual([
      {
        field: 'alertDays',
        message: "Order-by-sea alert (days of cover) must be a number, got 'soon'",
      },
      {
        field: 'overstockDays',
        message: 'Overstock above (days of cover) must be greater than 0, got -1',
      },
      {
        field: 'salesWeights',
        message: 'Sales weights (7 / 14 / 30 days) must add up to more than 0',
      },
    ]);
    expect(world.properties.document.peek(SETTINGS_PROPERTY)).toBe(before);

    const yellowOverRed = savePlaybookSettings(world.services, typed({ airFreightDays: 90 }));
    expect(yellowOverRed.ok).toBe(false);
    expect(world.properties.document.peek(SETTINGS_PROPERTY)).toBe(before);
  });

  it('saves every plan number and refuses bad ones, keeping what was saved', () => {
    const world = createFakeWorld();
    const good = savePlaybookSettings(
      world.services,
      typed({
        shortGapDays: '5',
        priceRaise: ['3', '6'],
        bidCut: ['8', '12'],
        recoveryDiscount: '25',
        discountSteps: '3',
        recoveryBudget: ['1.5', '2'],
      }),
    );
    expect(good.ok).toBe(true);
    const before = world.properties.document.peek(SETTINGS_PROPERTY);
    // Saved as the plan uses them: percents typed in the dialog become shares.
    expect(JSON.parse(before ?? '{}').settings).toMatchObject({
      shortGapDays: 5,
      priceRaise: [0.03, 0.06],
      bidCut: [0.08, 0.12],
      recoveryDiscount: 0.25,
      discountSteps: 3,
      recoveryBudget: [1.5, 2],
    });

    const response = savePlaybookSettings(
      world.services,
      typed({
        priceRaise: ['10', '5'],
        maxDiscount: '55',
        recoveryBudget: ['0', '2'],
        longGapDays: '-3',
      }),
    );
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.problems).toEqual([
      {
        field: 'longGapDays',
        message: 'Long gap, a planning failure (over days) cannot be negative, got -3',
      },
      {
        field: 'priceRaise',
        message: 'Price raise for a medium gap (%) must give the lower number first, got 10–5',
      },
      {
        field: 'maxDiscount',
        message:
          'Every discount stays below (%) must be at most 50: no discount may ever take half the price or more, got 55',
      },
      {
        field: 'recoveryBudget',
        message: 'Recovery ad budget (× the pre-stockout budget) must be greater than 0, got 0',
      },
    ]);
    expect(world.properties.document.peek(SETTINGS_PROPERTY)).toBe(before);
    expect(getPlaybookSettings(world.services).settings.discountSteps).toBe(3);
  });

  it('loads settings saved by the previous versions with the new numbers at their defaults', () => {
    const world = createFakeWorld();
    // Layout 2 saved its one share in percent, and had no gap bands, raises or recovery ladder.
    const d = DEFAULT_SETTINGS;
    const previous = {
      ...{ airFreightDays: d.airFreightDays, alertDays: 60, overstockDays: d.overstockDays },
      ...{ colours: d.colours, safetyDays: d.safetyDays, cycleDays: d.cycleDays },
      ...{ salesWeights: d.salesWeights, airTransitDays: d.airTransitDays },
      ...{ recoveryDays: d.recoveryDays, budgetCutPercent: [20, 25] },
    };
    world.properties.document.setProperty(
      SETTINGS_PROPERTY,
      JSON.stringify({ version: 2, settings: previous }),
    );
    const snapshot = getPlaybookSettings(world.services);
    expect(snapshot.issue).toBeUndefined();
    expect(snapshot.settings).toEqual({
      ...DEFAULT_SETTINGS,
      alertDays: 60,
      budgetCut: [0.2, 0.25],
    });
  });

  it('answers in Chinese for a Chinese user', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    const response = savePlaybookSettings(world.services, typed({ cycleDays: '' }));
    expect(response.ok || response.problems).toEqual([
      { field: 'cycleDays', message: '默认补货周期（天） 为空，请填写' },
    ]);
  });

  it('refuses something that is not a settings object', () => {
    const world = createFakeWorld();
    for (const input of [undefined, null, 'x', [1]]) {
      const response = savePlaybookSettings(world.services, input);
      expect(response.ok).toBe(false);
    }
    expect(world.properties.document.peek(SETTINGS_PROPERTY)).toBeUndefined();
  });

  it('writes nothing while another user holds the document lock', () => {
    const world = createFakeWorld();
    const other = world.lock.holdDocumentLockElsewhere();
    const response = savePlaybookSettings(world.services, typed({ alertDays: 50 }));
    expect(response).toEqual({
      ok: false,
      message: expect.stringContaining('Someone else'),
      problems: [],
    });
    expect(world.properties.document.peek(SETTINGS_PROPERTY)).toBeUndefined();
    other.release();
    expect(savePlaybookSettings(world.services, typed({ alertDays: 50 })).ok).toBe(true);
  });

  it('loads settings saved by an older version and uses them', () => {
    const world = createFakeWorld();
    // As the first release stored them (version 1): thresholds and colours in groups of their own.
    const thresholds = '"thresholds":{"airFreightDays":10,"alertDays":45,"overstockDays":120}';
    const colours = '"colours":{"airFreight":"#ffff00","alert":"#ff0000","overstock":"#888888"}';
    const rest = '"safetyDays":20,"cycleDays":50,"salesWeights":[1,1,1]';
    world.properties.document.setProperty(
      SETTINGS_PROPERTY,
      `{"version":1,${thresholds},${colours},${rest}}`,
    );
    const snapshot = getPlaybookSettings(world.services);
    expect(snapshot.issue).toBeUndefined();
    expect(snapshot.settings).toMatchObject({ airFreightDays: 10, alertDays: 45, cycleDays: 50 });
    expect(snapshot.settings.recoveryDays).toBe(DEFAULT_SETTINGS.recoveryDays);

    world.spreadsheet.activeSheetUncounted().seed([
      ['SKU', 'Days of cover'],
      ['A', 9],
    ]);
    refreshColourRules(world.services);
    const formulas = world.spreadsheet
      .activeSheetUncounted()
      .rulesUncounted()
      .map((r) => String(r.describe().criteria?.values[0]));
    expect(formulas[0]).toContain('$B2<=0');
    expect(formulas[1]).toContain('$B2<=10');
    expect(formulas[2]).toContain('$B2<=45');
    expect(formulas[3]).toContain('$B2>120');
  });

  it('rewrites the add-on’s colour rules on every sheet that has them, leaving user rules', () => {
    const world = createFakeWorld();
    insertReplenishmentSheet(world.services);
    const sheet = world.spreadsheet.activeSheetUncounted();
    const userRule = world.spreadsheetApp
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#eeeeee')
      .setRanges([sheet.rangeA1('A2:A9')])
      .build();
    sheet.setConditionalFormatRules([userRule, ...sheet.getConditionalFormatRules()]);

    const response = savePlaybookSettings(
      world.services,
      typed({ airFreightDays: 30, alertDays: 90 }),
    );
    expect(response.ok && response.sheetsRecoloured).toBe(1);
    const rules = sheet.rulesUncounted();
    expect(rules[0]).toBe(userRule);
    // The bands colour the on-hand cover column.
    const c = columnLetter(templateColumn('onHandCover'));
    expect(String(rules[2]?.describe().criteria?.values[0])).toContain(`$${c}2<=30`);
    expect(String(rules[3]?.describe().criteria?.values[0])).toContain(`$${c}2<=90`);
    expect(rules[2]?.describe().ranges).toEqual([`${sheet.nameUncounted()}!${c}2:${c}1000`]);
    expect(world.spreadsheet.toasts.at(-1)?.message).toBe(
      'Settings saved; colour rules updated on 1 sheet(s).',
    );
  });

  it('opens dist/Settings.html as a dialog titled in the user’s language', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    world.html.files.set('Settings', '<p>the settings page</p>');
    showSettingsDialog(world.services);
    const [dialog] = world.ui.ui.dialogs;
    expect(dialog?.title).toBe('断货应对手册设置');
    expect(dialog?.html).toBe('<p>the settings page</p>');
    expect(dialog?.width).toBe(520);
    expect(dialog?.height).toBe(640);
  });

  it('gives the page the settings in force, the defaults, the language and why the saved ones were not used', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    expect(getPlaybookSettings(world.services)).toEqual({
      locale: 'zh-CN',
      settings: DEFAULT_SETTINGS,
      defaults: DEFAULT_SETTINGS,
    });
    world.properties.document.setProperty(SETTINGS_PROPERTY, 'not json');
    expect(getPlaybookSettings(world.services).issue).toBe('unreadable');
    expect(savePlaybookSettings(world.services, typed({ alertDays: '61' })).ok).toBe(true);
    const snapshot = getPlaybookSettings(world.services);
    expect(snapshot.issue).toBeUndefined();
    expect(snapshot.settings.alertDays).toBe(61);
  });
});
