// What the Settings dialog's page and the server exchange: the endpoints it calls and their answers.

import type { Locale } from '../../core/i18n/locale';
import type { PlaybookSettings } from '../../core/settings/settings';
import type { SettingsField } from '../../core/settings/settings-messages';
import type { StoredSettingsIssue } from '../../core/settings/stored-settings';

/** What getPlaybookSettings returns: JSON-safe, the settings as saved (shares as fractions). */
export interface SettingsSnapshot {
  /** The language the dialog speaks: the user's. */
  readonly locale: Locale;
  readonly settings: PlaybookSettings;
  readonly defaults: PlaybookSettings;
  /** Set when the stored value could not be used as it is. */
  readonly issue?: StoredSettingsIssue;
}

/** One setting's problem, in the user's language, for the dialog to show beside the setting. */
export interface SettingsFieldProblem {
  readonly field: SettingsField;
  readonly message: string;
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
      readonly problems: readonly SettingsFieldProblem[];
    };

/** The server endpoints the Settings dialog calls through google.script.run. */
export interface SettingsEndpoints {
  getPlaybookSettings(): SettingsSnapshot;
  /** `form`: the dialog's values as typed, numbers in the dialog's units (percents as 30). */
  savePlaybookSettings(form: unknown): SaveSettingsResponse;
}
