// onOpen as Apps Script runs it from dist/Code.js (built by `npm test` before the suites) in
// AuthMode.NONE: the UI and the locale only.

import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../support/load-bundle';

/** Records every member read on an object, then forwards to it. */
function watched<T extends object>(name: string, target: T, touched: string[]): T {
  return new Proxy(target, {
    get(object, member, receiver) {
      touched.push(`${name}.${String(member)}`);
      return Reflect.get(object, member, receiver);
    },
  });
}

describe('onOpen in dist/Code.js', () => {
  it('builds the menu in AuthMode.NONE and touches nothing but the UI and the locale', () => {
    const touched: string[] = [];
    const items: string[] = [];
    const menu = {
      addItem(caption: string, fn: string) {
        items.push(`${caption} → ${fn}`);
        return menu;
      },
      addSeparator: () => menu,
      addToUi: () => undefined,
    };
    const bundle = loadBundle('dist/Code.js', {
      SpreadsheetApp: watched(
        'SpreadsheetApp',
        { getUi: () => ({ createAddonMenu: () => menu }) },
        touched,
      ),
      Session: watched('Session', { getActiveUserLocale: () => 'zh_CN' }, touched),
    });
    bundle.call('onOpen', { authMode: 'NONE' });
    expect([...bundle.touched, ...touched]).toEqual([
      'Session.getActiveUserLocale',
      'SpreadsheetApp.getUi',
    ]);
    expect(items).toEqual([
      '插入补货表 → insertReplenishmentSheet',
      '插入货件表 → insertShipmentsSheet',
      '插入关键词排名表 → insertKeywordRankSheet',
      '刷新颜色规则 → refreshColourRules',
      '每周检查 → openWeeklyReview',
      '检查货件 → checkShipments',
      '添加今天的排名行 → addTodaysRankRows',
      '插入销售历史表 → insertSalesHistorySheet',
      '根据销售历史计算需求 → workOutDemandFromSalesHistory',
      '导入亚马逊报告 → showImportDialog',
      '撤销上次导入 → undoLastImport',
      '打开断货应对侧边栏 → openSidebar',
      '设置 → showSettingsDialog',
      '关于 → showAboutDialog',
    ]);
    for (const name of items.map((item) => item.split(' → ')[1] ?? '')) {
      expect(bundle.globals()).toContain(name);
    }
  });

  it('exposes the menu actions and settings endpoints as globals, and no internal function', () => {
    const bundle = loadBundle();
    const globals = bundle.globals();
    for (const name of [
      'onOpen',
      'onInstall',
      'insertReplenishmentSheet',
      'refreshColourRules',
      'openSidebar',
      'showSettingsDialog',
      'showAboutDialog',
      'getPlaybookSettings',
      'savePlaybookSettings',
    ]) {
      expect(globals).toContain(name);
    }
    for (const internal of [
      'buildMenu',
      'applyColourRules',
      'validateSettings',
      'appsScriptServices',
    ]) {
      expect(globals).not.toContain(internal);
    }
    expect(bundle.touched).toEqual([]);
  });
});
