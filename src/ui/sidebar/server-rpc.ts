// The sidebar's server endpoints as promises, typed from their definitions, over google.script.run.

import type { SidebarEndpoints } from '../../addon/sidebar/sidebar-api';
import { type ScriptRpc, type ScriptRunLike, scriptRpc } from '../page-kit/script-rpc';

export type { ScriptRunLike };

export type ServerRpc = ScriptRpc<SidebarEndpoints>;

/** Every endpoint the sidebar calls, listed once. */
const ENDPOINT_NAMES: Readonly<Record<keyof SidebarEndpoints, true>> = {
  getSidebarState: true,
  setChecklistItem: true,
};

export function serverRpc(run: () => ScriptRunLike): ServerRpc {
  return scriptRpc<SidebarEndpoints>(run, ENDPOINT_NAMES);
}
