// Every word the preview page shows around the add-on (menus, bars, buttons), in both languages.

import type { Catalog } from '../../src/core/i18n/locale';

export type PageMessageKey =
  | 'title'
  | 'banner'
  | 'extensions'
  | 'previewMenu'
  | 'reloadSample'
  | 'sourceSample'
  | 'sourceCsv'
  | 'language'
  | 'cellName'
  | 'formulaPlaceholder'
  | 'closeSidebar'
  | 'close'
  | 'ok'
  | 'actionFailed'
  | 'inputRefused'
  | 'noMenu'
  | 'gridLabel'
  | 'sheetsLabel'
  | 'working'
  | 'entryRejected'
  | 'arrayBlocked'
  | 'sortAscending'
  | 'sortDescending'
  | 'filterToValue'
  | 'clearFilter'
  | 'filtered';

export const PAGE_MESSAGES: Catalog<PageMessageKey> = {
  en: {
    title: '{product} — local preview',
    banner:
      'A local preview: the add-on’s own formulas, colour rules, menu and sidebar, run on this computer. No Google account, nothing leaves this machine.',
    extensions: 'Extensions',
    previewMenu: 'Preview',
    reloadSample: 'Reload the sample sheet',
    sourceSample: 'Sample replenishment sheet',
    sourceCsv: 'From {file}',
    language: 'Language',
    cellName: 'Cell',
    formulaPlaceholder: 'Type a value or a formula (=COVER_DAYS(…)) and press Enter',
    closeSidebar: 'Close the sidebar',
    close: 'Close',
    ok: 'OK',
    actionFailed: 'That did not work: {reason}',
    inputRefused: 'There was a problem: this cell does not accept that value.',
    noMenu: 'The add-on menu is not available yet.',
    gridLabel: 'Sheet {sheet}',
    sheetsLabel: 'Sheets',
    working: 'Working…',
    entryRejected: 'Column “{column}” does not accept “{value}”. {help}',
    arrayBlocked: 'Array result was not expanded because it would overwrite data in {cell}.',
    sortAscending: 'Sort sheet A → Z by column {column}',
    sortDescending: 'Sort sheet Z → A by column {column}',
    filterToValue: 'Filter: show only rows where {column} is “{value}”',
    clearFilter: 'Clear the filter',
    filtered: 'Filtered: {column} is “{value}” ({rows} rows shown)',
  },
  'zh-CN': {
    title: '{product} — 本地预览',
    banner:
      '本地预览：在本机运行插件自己的公式、颜色规则、菜单和侧边栏。无需 Google 账号，数据不离开本机。',
    extensions: '扩展程序',
    previewMenu: '预览',
    reloadSample: '重新载入示例表',
    sourceSample: '示例补货表',
    sourceCsv: '来自 {file}',
    language: '语言',
    cellName: '单元格',
    formulaPlaceholder: '输入数值或公式（=COVER_DAYS(…)），按回车确认',
    closeSidebar: '关闭侧边栏',
    close: '关闭',
    ok: '确定',
    actionFailed: '操作未完成：{reason}',
    inputRefused: '出现问题：此单元格不接受该值。',
    noMenu: '插件菜单暂不可用。',
    gridLabel: '工作表 {sheet}',
    sheetsLabel: '工作表',
    working: '处理中…',
    entryRejected: '“{column}”列不接受“{value}”。{help}',
    arrayBlocked: '数组结果未展开，因为会覆盖 {cell} 中的数据。',
    sortAscending: '按 {column} 列将工作表升序排列（A → Z）',
    sortDescending: '按 {column} 列将工作表降序排列（Z → A）',
    filterToValue: '筛选：只显示 {column} 为“{value}”的行',
    clearFilter: '清除筛选',
    filtered: '已筛选：{column} 为“{value}”（显示 {rows} 行）',
  },
};
