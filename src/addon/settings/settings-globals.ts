// The bodies of the Settings dialog's Apps Script globals, bound to the real services.

import { appsScriptServices } from '../services/apps-script-services';
import type { SaveSettingsResponse, SettingsSnapshot } from './settings-api';
import { settingsEndpoints } from './settings-endpoints';

/** The dialog's page loads the settings in force with this. */
export function getPlaybookSettingsEndpoint(): SettingsSnapshot {
  return settingsEndpoints(appsScriptServices()).getPlaybookSettings();
}

/** The dialog's Save: `form` comes from the page and is validated before anything is written. */
export function savePlaybookSettingsEndpoint(form: unknown): SaveSettingsResponse {
  return settingsEndpoints(appsScriptServices()).savePlaybookSettings(form);
}
