// The Weekly review: counts per phase and the week's SKUs to act on, on a sheet of its own.

import type { Feature } from '../platform/feature-kit/feature';
import { openWeeklyReview } from './open-weekly-review';
import { REVIEW_MESSAGES } from './review-messages';

export const WEEKLY_REVIEW_FEATURE: Feature = {
  name: 'the weekly review',
  menu: [
    {
      id: 'openWeeklyReview',
      caption: { en: 'Weekly review', 'zh-CN': '每周检查' },
      about: {
        en: 'Opens the week’s work on a sheet of its own: how many SKUs are in each phase, and the SKUs to act on, most urgent first, each with its decision and a link to its row. Live formulas over the replenishment sheet, readable without the add-on.',
        'zh-CN':
          '在单独的工作表中列出本周的工作：各阶段的 SKU 数量，以及按紧急程度排列的待处理 SKU，每个都有决定和指向其所在行的链接。是对补货表的实时公式，没有插件也能看懂。',
      },
      doc: 'Menu: write and open the Weekly review sheet.',
      section: 'sheets',
      order: 50,
      run: openWeeklyReview,
    },
  ],
  catalogs: { REVIEW_MESSAGES },
};
