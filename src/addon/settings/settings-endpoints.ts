// R9 settings: the menu action that opens the dialog and the endpoints it and the sidebar call.

import { formatMessage } from '../../core/i18n/locale';
import { DEFAULT_SETTINGS, type PlaybookSettings } from '../../core/settings/settings';
import type { SettingsField } from '../../core/settings/settings-messages';
import type { StoredSettingsIssue } from '../../core/settings/stored-settings';
import { describeSettingsProblem, validateSettings } from '../../core/settings/validate-settings';
import { reapplyColourRules } from '../colour-rules/apply-colour-rules';
import type { Services } from '../services/services';
import { userLocale } from '../services/user-locale';
import { renderSettingsDialog } from './settings-dialog';
import { SETTINGS_DIALOG_MESSAGES } from './settings-dialog-messages';
import { loadSettings, storeSettings } from './settings-store';

/** What getPlaybookSettings returns: JSON-safe. */
export interface SettingsSnapshot {
  readonly settings: PlaybookSettings;
  readonly defaults: PlaybookSettings;
  /** Set when the stored value could not be used as it is. */
  readonly issue?: StoredSettingsIssue;
}

/** What savePlaybookSettings returns: JSON-safe, messages in the user's language. */
export type SaveSettingsResponse =
  | {
      readonly ok: true;
      readonly settings: PlaybookSettings;
      /** Sheets whose colour rules were rewritten with the new settings. */
      readonly sheetsRecoloured: number;
      readonly message: string;
    }
  | {
      readonly ok: false;
      readonly message: string;
      readonly problems: readonly { readonly field: SettingsField; readonly message: string }[];
    };

export function showSettingsDialog(services: Services): void {
  const locale = userLocale(services.session);
  const html = renderSettingsDialog({ locale, ...getPlaybookSettings(services) });
  const output = services.html.createHtmlOutput(html).setWidth(520).setHeight(640);
  services.ui.getUi().showModalDialog(output, SETTINGS_DIALOG_MESSAGES[locale].title);
}

/** The settings in force (defaults where none are saved), for the dialog and the sidebar. */
export function getPlaybookSettings(services: Services): SettingsSnapshot {
  const loaded = loadSettings(services.properties);
  return {
    settings: loaded.settings,
    defaults: DEFAULT_SETTINGS,
    ...(loaded.issue === undefined ? {} : { issue: loaded.issue }),
  };
}

/**
 * Validates and saves settings sent by the dialog. Anything wrong is refused with every problem
 * named and the saved settings stay as they were. After a save, the add-on's colour rules on
 * every sheet that has them are rewritten with the new thresholds and colours.
 */
export function savePlaybookSettings(services: Services, input: unknown): SaveSettingsResponse {
  const locale = userLocale(services.session);
  const m = SETTINGS_DIALOG_MESSAGES[locale];
  const check = validateSettings(input);
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
  for (const sheet of spreadsheet.getSheets()) {
    if (reapplyColourRules(app, sheet, check.settings) !== undefined) sheetsRecoloured++;
  }
  const message =
    sheetsRecoloured > 0
      ? formatMessage(m.savedAndRecoloured, { count: sheetsRecoloured })
      : m.saved;
  spreadsheet.toast(message, m.title, 6);
  return { ok: true, settings: check.settings, sheetsRecoloured, message };
}
