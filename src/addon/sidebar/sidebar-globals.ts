// The bodies of the sidebar's Apps Script globals: each binds an endpoint to the real services.

import { appsScriptServices } from '../platform/services/apps-script-services';
import type { ChecklistTick, SidebarState, TickResult } from './sidebar-api';
import { sidebarEndpoints } from './sidebar-endpoints';

export function getSidebarStateEndpoint(): SidebarState {
  return sidebarEndpoints(appsScriptServices()).getSidebarState();
}

/** The payload comes from the browser: the endpoint checks every field before using it. */
export function setChecklistItemEndpoint(payload: unknown): TickResult {
  return sidebarEndpoints(appsScriptServices()).setChecklistItem(payload as ChecklistTick);
}
