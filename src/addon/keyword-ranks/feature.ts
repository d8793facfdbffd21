// The keyword-rank sheet: each day's rank of each keyword, with the competitors around it (R22).

import type { Feature } from '../platform/feature-kit/feature';
import { addTodaysRankRows } from './add-todays-rank-rows';
import { insertRankSheet } from './insert-rank-sheet';
import { RANK_COLUMNS } from './rank-columns';
import { RANK_MESSAGES } from './rank-messages';

export const KEYWORD_RANKS_FEATURE: Feature = {
  name: 'the keyword-rank sheet',
  menu: [
    {
      id: 'insertKeywordRankSheet',
      caption: { en: 'Insert keyword-rank sheet', 'zh-CN': '插入关键词排名表' },
      about: {
        en: 'Adds a sheet to log keyword ranks day by day, with the competitors around you: the sidebar shows the falls and the keywords to win back.',
        'zh-CN':
          '新建一张表按天记录关键词排名及你上下的竞品：侧边栏据此显示排名下滑和需要夺回的关键词。',
      },
      doc: 'Menu: insert a keyword-rank sheet.',
      section: 'sheets',
      order: 30,
      run: insertRankSheet,
    },
    {
      id: 'addTodaysRankRows',
      caption: { en: "Add today's rank rows", 'zh-CN': '添加今天的排名行' },
      about: {
        en: "Copies each SKU's latest keyword list with today's date, below the last row: type the ranks and you are done.",
        'zh-CN': '在最后一行下方复制每个 SKU 最近的关键词清单并填上今天的日期：填上排名即可。',
      },
      doc: "Menu: add today's keyword-rank rows.",
      section: 'sheets',
      order: 70,
      run: addTodaysRankRows,
    },
  ],
  catalogs: { RANK_MESSAGES },
  sheet: { columns: RANK_COLUMNS },
};
