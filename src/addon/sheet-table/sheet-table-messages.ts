// How problems found in a log sheet's rows are told to the user, in both languages.

import type { Catalog } from '../../core/i18n/locale';

export type SheetTableMessageKey = 'notRead' | 'rowProblem' | 'more' | 'separator' | 'notAChoice';

export const SHEET_TABLE_MESSAGES: Catalog<SheetTableMessageKey> = {
  en: {
    notRead: ' Not read: {list}.',
    rowProblem: 'row {row}: {text}',
    more: 'and {count} more',
    separator: '; ',
    notAChoice: "{arg} '{value}' is not one of: {choices}",
  },
  'zh-CN': {
    notRead: '未能读取：{list}。',
    rowProblem: '第 {row} 行：{text}',
    more: '另有 {count} 处',
    separator: '；',
    notAChoice: '{arg}「{value}」不是以下之一：{choices}',
  },
};
