// The Settings dialog's server endpoints as promises, typed from their definitions.

import type { SettingsEndpoints } from '../../addon/settings/settings-api';
import { type ScriptRpc, type ScriptRunLike, scriptRpc } from '../page-kit/script-rpc';

/** Every endpoint the dialog calls, listed once. */
const ENDPOINT_NAMES: Readonly<Record<keyof SettingsEndpoints, true>> = {
  getPlaybookSettings: true,
  savePlaybookSettings: true,
};

export function settingsRpc(run: () => ScriptRunLike): ScriptRpc<SettingsEndpoints> {
  return scriptRpc<SettingsEndpoints>(run, ENDPOINT_NAMES);
}
