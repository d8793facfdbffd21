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
  | 'noNumbers'
  | 'askTitle'
  | 'askColour'
  | 'declined'
  | 'notOnRanks'
  | 'notOnLog'
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
    noNumbers:
      "No days-of-cover header was found on '{sheet}', and the selected column {column} holds no numbers, so it cannot be the days of cover. Nothing was changed: select the column with the days of cover (or give it the header Days of cover), then run Refresh colour rules again.",
    askTitle: 'Colour this column?',
    askColour:
      "No days-of-cover header was found on '{sheet}'. The selected column {column} holds text as well as numbers (for example {example}). Colour it as days of cover anyway?",
    declined: "Nothing was changed on '{sheet}'.",
    notOnRanks:
      "'{sheet}' is the keyword-rank sheet: it has no colour rules of its own, and days-of-cover colours do not belong on it, so nothing was changed. Run Refresh colour rules on a replenishment sheet.",
    notOnLog:
      "'{sheet}' is the add-on's log of checklist ticks: it has no colour rules, so nothing was changed. Run Refresh colour rules on a replenishment sheet.",
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
    noNumbers:
      '在「{sheet}」中没有找到可售天数表头，所选的 {column} 列也没有任何数字，不可能是可售天数。未做任何更改：请选中存放可售天数的列（或将其表头改为“可售天数”），然后再次运行“刷新颜色规则”。',
    askTitle: '为此列设置颜色？',
    askColour:
      '在「{sheet}」中没有找到可售天数表头。所选的 {column} 列除了数字还有文本（例如 {example}）。仍要按可售天数为它设置颜色吗？',
    declined: '「{sheet}」未做任何更改。',
    notOnRanks:
      '「{sheet}」是关键词排名表：它没有自己的颜色规则，可售天数的颜色也不适用于它，因此未做任何更改。请在补货表上运行“刷新颜色规则”。',
    notOnLog:
      '「{sheet}」是插件记录清单勾选的日志表：它没有颜色规则，因此未做任何更改。请在补货表上运行“刷新颜色规则”。',
  },
};
