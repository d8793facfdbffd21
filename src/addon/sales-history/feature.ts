// The sales history: daily sales per SKU, and the demand figures worked out from it (R5).

import type { Feature } from '../platform/feature-kit/feature';
import { insertSalesHistorySheet } from './insert-sales-history-sheet';
import { SALES_HISTORY_COLUMNS } from './sales-history-columns';
import { SALES_HISTORY_MESSAGES } from './sales-history-messages';
import { workOutDemand } from './work-out-demand';

export const SALES_HISTORY_FEATURE: Feature = {
  name: 'the sales history',
  menu: [
    {
      id: 'insertSalesHistorySheet',
      caption: { en: 'Insert sales-history sheet', 'zh-CN': '插入销售历史表' },
      about: {
        en: 'Adds a sheet for daily sales per SKU (date, SKU, units sold, units available at the end of the day): DEMAND_STATS reads it.',
        'zh-CN':
          '新建一张表记录每个 SKU 的每日销量（日期、SKU、销量、日末可售库存）：DEMAND_STATS 读取它。',
      },
      doc: 'Menu: insert a sales-history sheet.',
      section: 'sheets',
      order: 80,
      run: insertSalesHistorySheet,
    },
    {
      id: 'workOutDemandFromSalesHistory',
      caption: { en: 'Work out demand from sales history', 'zh-CN': '根据销售历史计算需求' },
      about: {
        en: 'Writes each SKU’s in-stock daily rate, weekly sd and seasonal factor from the sales history into a Demand sheet, as values: for a history too long for one formula.',
        'zh-CN':
          '根据销售历史把每个 SKU 的有货日均销量、周需求标准差和季节系数以数值写入“需求”表：适用于单个公式读不完的长历史。',
      },
      doc: 'Menu: write demand figures from the sales history.',
      section: 'sheets',
      order: 90,
      run: workOutDemand,
    },
  ],
  catalogs: { SALES_HISTORY_MESSAGES },
  sheet: { columns: SALES_HISTORY_COLUMNS },
};
