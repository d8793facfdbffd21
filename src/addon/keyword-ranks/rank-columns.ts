// R22, R30, R31: the keyword-rank sheet's columns, one typed table: headers, notes and formats.

import { column, linkedSkuColumn, type SheetColumn } from '../platform/sheet-table/sheet-column';

export const RANK_COLUMN_KEYS = [
  'date',
  'sku',
  'keyword',
  'kind',
  'rank',
  'aboveAsin',
  'aboveRank',
  'belowAsin',
  'belowRank',
  'notes',
] as const;
export type RankColumnKey = (typeof RANK_COLUMN_KEYS)[number];

/** What a row needs to be found: a date, a SKU and a keyword. A row counts once its rank is in. */
export const RANK_REQUIRED: readonly RankColumnKey[] = ['date', 'sku', 'keyword', 'rank'];

const DATE = 'yyyy-mm-dd';
const PLACE = '0';

/** The columns, in sheet order. */
export const RANK_COLUMNS: readonly SheetColumn<RankColumnKey>[] = [
  column(
    'date',
    [
      'Date',
      'The day the ranks were looked up. Add today’s rows from the menu: Add today’s rank rows.',
    ],
    ['日期', '查询排名的日期。可从菜单“添加今天的排名行”一键生成当天的行。'],
    { aliases: ['day', 'logged', '记录日期'], numberFormat: DATE, rules: ['R22', 'R30'] },
  ),
  linkedSkuColumn(['R22']),
  column(
    'keyword',
    ['Keyword', 'The search term, one per row.'],
    ['关键词', '搜索词，每行一个。'],
    { aliases: ['search term', 'keywords', 'search query', '搜索词', '关键字'], rules: ['R22'] },
  ),
  column(
    'kind',
    [
      'Kind',
      'Core (the keywords that carry the listing) or long-tail. The recovery sprint list is made of core keywords (R37, R43). Blank counts as core.',
    ],
    [
      '类型',
      '核心词（撑起 listing 的关键词）或长尾词。恢复期冲刺清单由核心词组成（R37、R43）。留空按核心词处理。',
    ],
    {
      aliases: ['type', 'keyword type', 'core or long tail', '词类型', '关键词类型'],
      rules: ['R22', 'R37'],
    },
  ),
  column(
    'rank',
    [
      'Our rank',
      'Our organic position for the keyword (1 = top). Type - (or >300) when it is not found in the range you check.',
    ],
    ['自然排名', '该关键词下我们的自然排名（1 = 第一）。在查看的范围内找不到时填 -（或 >300）。'],
    {
      aliases: ['rank', 'organic rank', 'position', 'our position', '排名', '我方排名', '自然位'],
      numberFormat: PLACE,
      rules: ['R22', 'R30'],
    },
  ),
  column(
    'aboveAsin',
    [
      'Competitor above',
      'ASIN of the competitor ranked just above us: who takes our place shows here (R31).',
    ],
    ['上方竞品 ASIN', '排在我们正上方的竞品 ASIN：谁抢了我们的位置，会在这里看到（R31）。'],
    {
      aliases: ['above asin', 'asin above', 'competitor above asin', '上方竞品'],
      rules: ['R22', 'R31'],
    },
  ),
  column('aboveRank', ['Above rank', 'Its organic rank.'], ['上方竞品排名', '其自然排名。'], {
    aliases: ['competitor above rank', 'rank above'],
    numberFormat: PLACE,
    rules: ['R31'],
  }),
  column(
    'belowAsin',
    ['Competitor below', 'ASIN of the competitor ranked just below us.'],
    ['下方竞品 ASIN', '排在我们正下方的竞品 ASIN。'],
    {
      aliases: ['below asin', 'asin below', 'competitor below asin', '下方竞品'],
      rules: ['R22', 'R31'],
    },
  ),
  column('belowRank', ['Below rank', 'Its organic rank.'], ['下方竞品排名', '其自然排名。'], {
    aliases: ['competitor below rank', 'rank below'],
    numberFormat: PLACE,
    rules: ['R31'],
  }),
  column(
    'notes',
    ['Notes', 'A link to the screenshot of the results page, ads running, anything seen (R22).'],
    ['备注', '搜索结果页截图链接、在投广告、其他观察（R22）。'],
    { aliases: ['note', 'screenshot', 'remarks', '说明', '截图'], rules: ['R22'] },
  ),
];

/** The 1-based column number of a key in the inserted sheet. */
export function rankColumn(key: RankColumnKey): number {
  return RANK_COLUMNS.findIndex((c) => c.key === key) + 1;
}
