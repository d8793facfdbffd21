// The bodies of the settings endpoints' Apps Script globals, bound to the real services.

import { appsScriptServices } from '../services/apps-script-services';
import {
  getPlaybookSettings,
  type SaveSettingsResponse,
  type SettingsSnapshot,
  savePlaybookSettings,
} from './settings-endpoints';

export function getPlaybookSettingsEndpoint(): SettingsSnapshot {
  return getPlaybookSettings(appsScriptServices());
}

/** The dialog's Save: `input` comes from the page and is validated before anything is written. */
export function savePlaybookSettingsEndpoint(input: unknown): SaveSettingsResponse {
  return savePlaybookSettings(appsScriptServices(), input);
}
