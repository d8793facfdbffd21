// The add-on menu: both languages, AuthMode.NONE, and every item bound to a global.

import { describe, expect, it } from 'vitest';
import { createFakeWorld, servicesInAuthModeNone } from '../../../fakes/fake-services';
import { ENTRY_POINTS } from '../../../src/addon/entry';
import { MENU_ITEMS } from '../../../src/addon/features';
import { buildMenu } from '../../../src/addon/menu/build-menu';

describe('the add-on menu', () => {
  it('builds in AuthMode.NONE touching only the UI (and the user’s locale)', () => {
    const world = createFakeWorld();
    const restricted = servicesInAuthModeNone(world);
    expect(() => restricted.spreadsheet).toThrow(/AuthMode.NONE/);

    buildMenu(restricted, MENU_ITEMS, { authMode: 'NONE' });
    expect(world.calls.services().sort()).toEqual(['Menu', 'Session', 'SpreadsheetApp', 'Ui']);
    expect(world.calls.count('SpreadsheetApp')).toBe(world.calls.count('SpreadsheetApp.getUi'));
    expect(world.calls.count('Session')).toBe(world.calls.count('Session.getActiveUserLocale'));
    expect(world.ui.ui.addonMenu()?.added).toBe(true);
  });

  it('lists the actions in English', () => {
    const world = createFakeWorld({ userLocale: 'en_GB' });
    buildMenu(world.services, MENU_ITEMS);
    const menu = world.ui.ui.addonMenu();
    expect(menu?.captions()).toEqual([
      'Insert replenishment sheet',
      'Insert shipments sheet',
      'Insert keyword-rank sheet',
      'Refresh colour rules',
      'Weekly review',
      'Check shipments',
      "Add today's rank rows",
      'Insert sales-history sheet',
      'Work out demand from sales history',
      'Import Amazon report',
      'Undo last import',
      'Open playbook sidebar',
      'Settings',
      'About',
    ]);
    expect(menu?.entries).toContainEqual({ separator: true });
  });

  it('lists the actions in Simplified Chinese for a Chinese locale', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    buildMenu(world.services, MENU_ITEMS);
    expect(world.ui.ui.addonMenu()?.captions()).toEqual([
      '插入补货表',
      '插入货件表',
      '插入关键词排名表',
      '刷新颜色规则',
      '每周检查',
      '检查货件',
      '添加今天的排名行',
      '插入销售历史表',
      '根据销售历史计算需求',
      '导入亚马逊报告',
      '撤销上次导入',
      '打开断货应对侧边栏',
      '设置',
      '关于',
    ]);
  });

  it('falls back to English when the locale cannot be read', () => {
    const world = createFakeWorld();
    const services = {
      ...world.services,
      session: {
        getActiveUserLocale: () => {
          throw new Error('unavailable');
        },
      },
    };
    buildMenu(services, MENU_ITEMS);
    expect(world.ui.ui.addonMenu()?.captions()[0]).toBe('Insert replenishment sheet');
  });

  it('points every item at a global entry point', () => {
    for (const item of MENU_ITEMS) {
      expect(Object.keys(ENTRY_POINTS), item.functionName).toContain(item.functionName);
    }
    expect(Object.keys(ENTRY_POINTS)).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
  });
});
