// The add-on's sheets' shared words, in both languages: the help of the checks on their input
// columns, and how problems found in a log sheet's rows are told.

import type { Catalog } from '../../../core/i18n/locale';

export type SheetTableMessageKey =
  | 'checkNonNegative'
  | 'checkAtLeastOne'
  | 'checkDate'
  | 'notRead'
  | 'rowProblem'
  | 'more'
  | 'separator'
  | 'notAChoice';

export const SHEET_TABLE_MESSAGES: Catalog<SheetTableMessageKey> = {
  en: {
    checkNonNegative: 'Enter a number of 0 or more.',
    checkAtLeastOne: 'Enter a number of 1 or more (units per carton).',
    checkDate: 'Enter a date, e.g. 2025-03-31.',
    notRead: ' Not read: {list}.',
    rowProblem: 'row {row}: {text}',
    more: 'and {count} more',
    separator: '; ',
    notAChoice: "{arg} '{value}' is not one of: {choices}",
  },
  'zh-CN': {
    checkNonNegative: '请输入大于或等于 0 的数字。',
    checkAtLeastOne: '请输入大于或等于 1 的数字（每箱件数）。',
    checkDate: '请输入日期，例如 2025-03-31。',
    notRead: '未能读取：{list}。',
    rowProblem: '第 {row} 行：{text}',
    more: '另有 {count} 处',
    separator: '；',
    notAChoice: '{arg}「{value}」不是以下之一：{choices}',
  },
};
