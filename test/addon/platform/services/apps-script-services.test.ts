// The real services read each Apps Script global only when it is used, never at load.

import { afterEach, describe, expect, it } from 'vitest';
import { appsScriptServices } from '../../../../src/addon/platform/services/apps-script-services';
import { userLocale } from '../../../../src/addon/platform/services/user-locale';

const GLOBALS = ['SpreadsheetApp', 'HtmlService', 'Session', 'PropertiesService', 'LockService'];
const scope = globalThis as Record<string, unknown>;

afterEach(() => {
  for (const name of GLOBALS) delete scope[name];
});

/** Installs each Apps Script global behind a getter that records when it is read. */
function installGlobals(): string[] {
  const read: string[] = [];
  for (const name of GLOBALS) {
    Object.defineProperty(scope, name, {
      configurable: true,
      get: () => {
        read.push(name);
        return { getUi: () => 'ui', getActiveUserLocale: () => 'zh_CN' };
      },
    });
  }
  return read;
}

describe('appsScriptServices', () => {
  it('reads no Apps Script global until a service is used', () => {
    const read = installGlobals();
    const services = appsScriptServices();
    expect(read).toEqual([]);
    expect(services.ui.getUi()).toBe('ui');
    expect(read).toEqual(['SpreadsheetApp']);
    expect(userLocale(services.session)).toBe('zh-CN');
    expect(read).toEqual(['SpreadsheetApp', 'Session']);
  });

  it('reads each global when its service is asked for', () => {
    const read = installGlobals();
    const services = appsScriptServices();
    void services.html;
    void services.properties;
    void services.lock;
    void services.spreadsheet;
    expect(read).toEqual(['HtmlService', 'PropertiesService', 'LockService', 'SpreadsheetApp']);
  });
});
