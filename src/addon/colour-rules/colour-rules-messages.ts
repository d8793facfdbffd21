// What the colour-rules refresh tells the user, in English and Simplified Chinese.

import type { Catalog } from '../../core/i18n/locale';

export type ColourRulesMessageKey =
  | 'title'
  | 'applied'
  | 'coverPart'
  | 'coverFromSelection'
  | 'phasePart'
  | 'separator'
  | 'noColumn'
  | 'settingsDefaults';

export const COLOUR_RULES_MESSAGES: Catalog<ColourRulesMessageKey> = {
  en: {
    title: 'Colour rules',
    applied: "Colour rules set on '{sheet}': {parts}.",
    coverPart:
      "'{header}' (column {column}): ≤ {air} days consider air freight, ≤ {alert} order by sea now, > {over} overstock",
    coverFromSelection:
      'no days-of-cover header was found, so the selected column {column} got the cover rules: ≤ {air} days consider air freight, ≤ {alert} order by sea now, > {over} overstock',
    phasePart: "'{header}' (column {column}): one colour per phase",
    separator: '; ',
    noColumn:
      "No days-of-cover column was found on '{sheet}' and nothing is selected. Select the column that holds the days of cover, then run Refresh colour rules again.",
    settingsDefaults:
      ' The saved settings could not be used, so the playbook defaults were applied: open Settings to fix them.',
  },
  'zh-CN': {
    title: '颜色规则',
    applied: '已在「{sheet}」设置颜色规则：{parts}。',
    coverPart:
      '「{header}」（{column} 列）：≤ {air} 天考虑空运，≤ {alert} 天立即安排海运，> {over} 天为滞销',
    coverFromSelection:
      '未找到可售天数表头，已将规则应用到所选的 {column} 列：≤ {air} 天考虑空运，≤ {alert} 天立即安排海运，> {over} 天为滞销',
    phasePart: '「{header}」（{column} 列）：每个阶段一种颜色',
    separator: '；',
    noColumn:
      '在「{sheet}」中没有找到可售天数列，也没有选中任何单元格。请选中存放可售天数的列，然后再次运行“刷新颜色规则”。',
    settingsDefaults: '已保存的设置无法使用，因此采用了手册默认值；请打开“设置”修正。',
  },
};
