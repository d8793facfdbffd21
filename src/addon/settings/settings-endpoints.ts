// R9 settings: the menu action that opens the dialog and the endpoints its page calls.

import { formatMessage } from '../../core/i18n/locale';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { describeSettingsProblem, validateSettings } from '../../core/settings/validate-settings';
import type { Services } from '../platform/services/services';
import { userLocale } from '../platform/services/user-locale';
import { loadSettings, storeSettings } from '../platform/settings-store';
import { reapplyColourRules } from '../replenishment-sheet/apply-colour-rules';
import { rewriteFormulas } from '../replenishment-sheet/rewrite-formulas';
import { salesHistoryRef } from '../sales-history/sales-history-ref';
import { rewriteWeeklyReview } from '../weekly-review/open-weekly-review';
import type { SaveSettingsResponse, SettingsEndpoints, SettingsSnapshot } from './settings-api';
import { SETTINGS_DIALOG_MESSAGES } from './settings-dialog-messages';

/** The project file the build writes the dialog's page to (dist/Settings.html). */
export const SETTINGS_FILE = 'Settings';

/** The dialog's size: every section readable without the page feeling cramped. */
const DIALOG_SIZE = { width: 520, height: 640 } as const;

/**
 * Opens dist/Settings.html as a modal dialog titled in the user's language; the page loads the
 * settings itself (getPlaybookSettings). A deployment without the file throws, and the menu
 * action reports it in an alert.
 */
export function showSettingsDialog(services: Services): void {
  const locale = userLocale(services.session);
  const output = services.html
    .createHtmlOutputFromFile(SETTINGS_FILE)
    .setWidth(DIALOG_SIZE.width)
    .setHeight(DIALOG_SIZE.height);
  services.ui.getUi().showModalDialog(output, SETTINGS_DIALOG_MESSAGES[locale].title);
}

/** The endpoints of the dialog's page, over the given services. */
export function settingsEndpoints(services: Services): SettingsEndpoints {
  return {
    getPlaybookSettings: () => getPlaybookSettings(services),
    savePlaybookSettings: (form: unknown) => savePlaybookSettings(services, form),
  };
}

/** The settings in force (defaults where none are saved), with the defaults and the user's language. */
export function getPlaybookSettings(services: Services): SettingsSnapshot {
  const loaded = loadSettings(services.properties);
  return {
    locale: userLocale(services.session),
    settings: loaded.settings,
    defaults: DEFAULT_SETTINGS,
    ...(loaded.issue === undefined ? {} : { issue: loaded.issue }),
  };
}

/**
 * Validates and saves the settings the dialog sends, as typed in its units (percents as 30).
 * Anything wrong is refused with every problem named and the saved settings stay as they were.
 * After a save, the add-on's colour rules on every sheet that has them are rewritten with the
 * new thresholds and colours.
 */
export function savePlaybookSettings(services: Services, form: unknown): SaveSettingsResponse {
  const locale = userLocale(services.session);
  const m = SETTINGS_DIALOG_MESSAGES[locale];
  const check = validateSettings(form, 'shown');
  if (!check.ok) {
    return {
      ok: false,
      message: m.fixProblems,
      problems: check.problems.map((problem) => ({
        field: problem.field,
        message: describeSettingsProblem(problem, locale),
      })),
    };
  }
  if (!storeSettings(services.properties, services.lock, check.settings)) {
    return { ok: false, message: m.busy, problems: [] };
  }
  const app = services.spreadsheet;
  const spreadsheet = app.getActiveSpreadsheet();
  let sheetsRecoloured = 0;
  // R7–R9: the sheets the add-on made compute with the saved settings from now on.
  const history = salesHistoryRef(spreadsheet);
  for (const sheet of spreadsheet.getSheets()) {
    if (reapplyColourRules(app, sheet, check.settings) !== undefined) sheetsRecoloured++;
    rewriteFormulas(sheet, check.settings, history);
    rewriteWeeklyReview(spreadsheet, sheet, check.settings);
  }
  const message =
    sheetsRecoloured > 0
      ? formatMessage(m.savedAndRecoloured, { count: sheetsRecoloured })
      : m.saved;
  spreadsheet.toast(message, m.title, 6);
  return { ok: true, settings: check.settings, sheetsRecoloured, message };
}
