// One in-memory Apps Script world: every fake service over one spreadsheet and one call log.

import type { Services } from '../src/addon/platform/services/services';
import { CallLog } from './call-log';
import { FakeHtmlService } from './fake-html';
import { FakeLockService } from './fake-lock';
import { FakePropertiesService } from './fake-properties';
import { FakeSession } from './fake-session';
import {
  FakeSpreadsheet,
  FakeSpreadsheetApp,
  type FakeSpreadsheetOptions,
} from './fake-spreadsheet';
import { FakeUiService } from './fake-ui';

/** The Apps Script globals the add-on's code reads (see appsScriptServices). */
export const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'HtmlService',
  'Session',
  'PropertiesService',
  'LockService',
] as const;
export type AppsScriptGlobal = (typeof APPS_SCRIPT_GLOBALS)[number];

export interface FakeWorldOptions extends FakeSpreadsheetOptions {
  /** The user's locale as Apps Script reports it, e.g. "en" or "zh_CN". */
  readonly userLocale?: string;
}

export interface FakeWorld {
  /** What the add-on's code receives. */
  readonly services: Services;
  readonly calls: CallLog;
  readonly spreadsheetApp: FakeSpreadsheetApp;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUiService;
  readonly html: FakeHtmlService;
  readonly session: FakeSession;
  readonly properties: FakePropertiesService;
  readonly lock: FakeLockService;
}

export function createFakeWorld(options: FakeWorldOptions = {}): FakeWorld {
  const calls = new CallLog();
  const spreadsheet = new FakeSpreadsheet(calls, options);
  const spreadsheetApp = new FakeSpreadsheetApp(calls, spreadsheet);
  const ui = new FakeUiService(calls);
  const html = new FakeHtmlService(calls);
  const session = new FakeSession(calls, options.userLocale ?? 'en');
  const properties = new FakePropertiesService(calls);
  const lock = new FakeLockService(calls);
  const services: Services = {
    spreadsheet: spreadsheetApp,
    ui,
    html,
    session,
    properties,
    lock,
  };
  return { services, calls, spreadsheetApp, spreadsheet, ui, html, session, properties, lock };
}

/**
 * The services as a trigger sees them in AuthMode.NONE: the UI and the user's locale work,
 * any other service throws as Apps Script does before the add-on is authorized.
 */
export function servicesInAuthModeNone(world: FakeWorld): Services {
  const refuse = (name: string) => {
    throw new Error(`AuthMode.NONE: ${name} needs authorization and cannot be used in onOpen.`);
  };
  return {
    get ui() {
      return world.ui;
    },
    get session() {
      return { getActiveUserLocale: () => world.session.getActiveUserLocale() };
    },
    get spreadsheet() {
      return refuse('SpreadsheetApp');
    },
    get html() {
      return refuse('HtmlService');
    },
    get properties() {
      return refuse('PropertiesService');
    },
    get lock() {
      return refuse('LockService');
    },
  };
}
