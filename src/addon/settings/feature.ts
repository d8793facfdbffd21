// The settings: thresholds, colours and defaults, saved with the spreadsheet.

import { entry, SETTINGS_PAGE } from '../platform/feature-kit/entry-point';
import type { Feature } from '../platform/feature-kit/feature';
import { SETTINGS_DIALOG_MESSAGES } from './settings-dialog-messages';
import { showSettingsDialog } from './settings-endpoints';
import { getPlaybookSettingsEndpoint, savePlaybookSettingsEndpoint } from './settings-globals';

export const SETTINGS_FEATURE: Feature = {
  name: 'the settings',
  menu: [
    {
      id: 'showSettingsDialog',
      caption: { en: 'Settings', 'zh-CN': '设置' },
      about: {
        en: 'Alert thresholds and colours, default safety and cycle days, sales weights: saved with this spreadsheet.',
        'zh-CN': '预警天数和颜色、默认安全库存天数和补货周期、销量权重：随本表格保存。',
      },
      doc: 'Menu: open the settings dialog.',
      section: 'setup',
      order: 10,
      run: showSettingsDialog,
    },
  ],
  endpoints: {
    getPlaybookSettings: entry(
      SETTINGS_PAGE,
      'Settings dialog: the settings in force.',
      [],
      getPlaybookSettingsEndpoint,
    ),
    savePlaybookSettings: entry(
      SETTINGS_PAGE,
      'Settings dialog: validate and save settings.',
      ['input'],
      savePlaybookSettingsEndpoint,
    ),
  },
  catalogs: { SETTINGS_DIALOG_MESSAGES },
};
