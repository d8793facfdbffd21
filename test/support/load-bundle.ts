// Loads dist/Code.js the way Apps Script does: one global scope, functions called by name, with
// every Apps Script service replaced by a trap that records any touch — except the one read a
// custom function makes for its messages' language, the spreadsheet's locale, recorded apart.

import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';

export const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'Session',
  'ScriptApp',
  'CacheService',
  'UrlFetchApp',
  'DriveApp',
  'Utilities',
  'Logger',
  'Browser',
  'CardService',
  'ContentService',
  'MailApp',
  'GmailApp',
  'DocumentApp',
  'FormApp',
  'SlidesApp',
  'CalendarApp',
] as const;

export interface LoadedBundle {
  readonly source: string;
  readonly context: Record<string, unknown>;
  /** Every service member touched so far, as "Service.member". */
  readonly touched: string[];
  /**
   * The spreadsheet-locale reads so far: "SpreadsheetApp.getActiveSpreadsheet()" and
   * "Spreadsheet.getSpreadsheetLocale()" for each, the only service calls a trap allows.
   */
  readonly localeReads: string[];
  /** Names Apps Script would expose: global functions not ending in "_" (private there). */
  readonly globals: () => string[];
  readonly call: (name: string, ...args: unknown[]) => unknown;
}

function trap(name: string, touched: string[]): unknown {
  const handler: ProxyHandler<() => void> = {
    get: (_target, member) => {
      touched.push(`${name}.${String(member)}`);
      return new Proxy(() => {}, handler);
    },
    apply: () => {
      touched.push(`${name}()`);
      return new Proxy(() => {}, handler);
    },
  };
  return new Proxy(() => {}, handler);
}

/**
 * SpreadsheetApp as a trap that allows exactly SpreadsheetApp.getActiveSpreadsheet()
 * .getSpreadsheetLocale(), answering `locale`; anything else on either is a recorded touch.
 */
function spreadsheetLocaleTrap(locale: string, touched: string[], reads: string[]): unknown {
  const otherMember = trap('Spreadsheet', touched) as Record<string | symbol, unknown>;
  const spreadsheet = new Proxy(
    {},
    {
      get: (_target, member) => {
        if (member !== 'getSpreadsheetLocale') return otherMember[member];
        return () => {
          reads.push('Spreadsheet.getSpreadsheetLocale()');
          return locale;
        };
      },
    },
  );
  const app = trap('SpreadsheetApp', touched) as Record<string | symbol, unknown>;
  return new Proxy(
    {},
    {
      get: (_target, member) => {
        if (member === 'getActiveSpreadsheet') {
          return () => {
            reads.push('SpreadsheetApp.getActiveSpreadsheet()');
            return spreadsheet;
          };
        }
        return app[member];
      },
    },
  );
}

export interface LoadOptions {
  /** What the trapped spreadsheet answers for its locale; default "en_US". */
  readonly spreadsheetLocale?: string;
}

export function loadBundle(
  path = 'dist/Code.js',
  services: Record<string, unknown> = {},
  { spreadsheetLocale = 'en_US' }: LoadOptions = {},
): LoadedBundle {
  const source = readFileSync(path, 'utf8');
  const touched: string[] = [];
  const localeReads: string[] = [];
  const sandbox: Record<string, unknown> = {};
  for (const name of APPS_SCRIPT_SERVICES) sandbox[name] = services[name] ?? trap(name, touched);
  if (services.SpreadsheetApp === undefined) {
    sandbox.SpreadsheetApp = spreadsheetLocaleTrap(spreadsheetLocale, touched, localeReads);
  }
  const context = createContext(sandbox) as Record<string, unknown>;
  runInContext(source, context, { filename: 'Code.js' });
  return {
    source,
    context,
    touched,
    localeReads,
    globals: () =>
      Object.keys(context).filter(
        (key) =>
          typeof context[key] === 'function' &&
          !key.endsWith('_') &&
          !(APPS_SCRIPT_SERVICES as readonly string[]).includes(key),
      ),
    call: (name, ...args) => (context[name] as (...a: unknown[]) => unknown)(...args),
  };
}

/** The Apps Script services a fake world stands in for, as the bundle reads them by name. */
export interface FakeServiceGlobals {
  readonly spreadsheetApp: unknown;
  readonly session: unknown;
  readonly properties: unknown;
  readonly lock: unknown;
}

/** dist/Code.js with a fake world's services in place of Apps Script's. */
export function loadBundleOver(world: FakeServiceGlobals, path = 'dist/Code.js'): LoadedBundle {
  return loadBundle(path, {
    SpreadsheetApp: world.spreadsheetApp,
    Session: world.session,
    PropertiesService: world.properties,
    LockService: world.lock,
  });
}
