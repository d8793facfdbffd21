// The keyword-rank sheet's own words: sheet name, kinds, example notes, help and toasts.

import type { Catalog } from '../../core/i18n/locale';

export type RankMessageKey =
  | 'title'
  | 'sheetName'
  | 'inserted'
  | 'kindCore'
  | 'kindLongTail'
  | 'helpKind'
  | 'exampleBefore'
  | 'exampleDuring'
  | 'exampleAfter'
  | 'notARank'
  | 'added'
  | 'alreadyThere'
  | 'nothingToCopy'
  | 'noRankSheet'
  | 'busy';

export const RANK_MESSAGES: Catalog<RankMessageKey> = {
  en: {
    title: 'Keyword ranks',
    sheetName: 'Keyword ranks',
    inserted:
      "Inserted '{sheet}'. Rows {firstExample}–{lastExample} are examples for EXAMPLE-RECOVERY: delete them and list your own SKUs' keywords. Each day, Add today's rank rows copies the list with today's date: then type the ranks.",
    kindCore: 'core',
    kindLongTail: 'long-tail',
    helpKind: 'Pick core or long-tail.',
    exampleBefore: 'Example, delete me: before the stockout.',
    exampleDuring: 'Example, delete me: during the stockout; - means not found.',
    exampleAfter: 'Example, delete me: after the restock.',
    notARank: '{arg} must be a place (1 = top), or - when not found, got {value}',
    added:
      "Added {rows} rows dated {date} to '{sheet}' ({skus} SKUs, from their latest list): type today's ranks.",
    alreadyThere: "Today's rows ({date}) are already in '{sheet}': nothing was added.",
    nothingToCopy:
      "'{sheet}' has no keywords yet: type a first list (date, SKU, keyword), then this copies it each day.",
    noRankSheet:
      'No keyword-rank sheet was found (a sheet with date, SKU, keyword and rank headers). Insert one from the menu: Insert keyword-rank sheet.',
    busy: 'Someone else is adding rows right now: try again in a moment.',
  },
  'zh-CN': {
    title: '关键词排名',
    sheetName: '关键词排名',
    inserted:
      '已插入「{sheet}」。第 {firstExample}–{lastExample} 行是 EXAMPLE-RECOVERY 的示例：删除后填写你自己 SKU 的关键词。每天使用“添加今天的排名行”复制清单并填上今天的日期，然后填写排名即可。',
    kindCore: '核心',
    kindLongTail: '长尾',
    helpKind: '请选择核心或长尾。',
    exampleBefore: '示例，可删除：断货前。',
    exampleDuring: '示例，可删除：断货中；- 表示未找到。',
    exampleAfter: '示例，可删除：到货后。',
    notARank: '{arg} 必须是名次（1 = 第一），找不到时填 -，当前为 {value}',
    added:
      '已在「{sheet}」添加 {rows} 行，日期 {date}（{skus} 个 SKU，取自各自最近的清单）：请填写今天的排名。',
    alreadyThere: '「{sheet}」中已有今天（{date}）的行，未添加新行。',
    nothingToCopy:
      '「{sheet}」还没有关键词：请先填写一份清单（日期、SKU、关键词），之后每天即可一键复制。',
    noRankSheet:
      '没有找到关键词排名表（含日期、SKU、关键词和排名表头的工作表）。请从菜单插入：插入关键词排名表。',
    busy: '其他人正在添加行，请稍后再试。',
  },
};
