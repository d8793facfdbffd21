// The real services: each Apps Script global is read only when an action first uses it.

import type { Services } from './services';

/**
 * Services backed by the Apps Script globals. Nothing is read when this is called; each getter
 * reads its global on access, so loading the bundle or building a menu touches nothing else.
 */
export function appsScriptServices(): Services {
  return {
    get spreadsheet() {
      return SpreadsheetApp;
    },
    get ui() {
      return { getUi: () => SpreadsheetApp.getUi() };
    },
    get html() {
      return HtmlService;
    },
    get session() {
      return Session;
    },
    get properties() {
      return PropertiesService;
    },
    get lock() {
      return LockService;
    },
  };
}
