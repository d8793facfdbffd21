// The replenishment sheet's own words (sheet name, example notes, toast).

import type { Catalog } from '../../core/i18n/locale';

export type TemplateMessageKey =
  | 'title'
  | 'sheetName'
  | 'inserted'
  | 'exampleAir'
  | 'exampleSea'
  | 'exampleOutOfStock'
  | 'exampleRecovery'
  | 'exampleHealthy'
  | 'exampleOverstock'
  | 'exampleProduct'
  | 'shipModeHelp';

export const TEMPLATE_MESSAGES: Catalog<TemplateMessageKey> = {
  en: {
    title: 'Replenishment sheet',
    sheetName: 'Replenishment',
    inserted:
      "Inserted '{sheet}'. Rows {firstExample}–{lastExample} are examples (SKU starting with EXAMPLE-): delete them once you paste your own SKUs. Worked-out columns fill in by themselves.",
    exampleAir:
      'Example, delete me: {cover} days of cover, under {airFreightDays}: only air freight arrives in time.',
    exampleSea:
      'Example, delete me: under {alertDays} days of cover and the inbound lands after stock runs out: order by sea now.',
    exampleOutOfStock: 'Example, delete me: out of stock; the inbound shipment is on its way.',
    exampleRecovery: 'Example, delete me: restocked recently: the recovery playbook applies.',
    exampleHealthy: 'Example, delete me: enough stock, nothing to do.',
    exampleOverstock:
      'Example, delete me: over {overstockDays} days of cover: slow-moving stock, nothing to order.',
    exampleProduct: 'Example product {letter}',
    shipModeHelp: 'Choose sea, rail, air or express; blank means sea.',
  },
  'zh-CN': {
    title: '补货表',
    sheetName: '补货表',
    inserted:
      '已插入「{sheet}」。第 {firstExample}–{lastExample} 行是示例（SKU 以 EXAMPLE- 开头）：粘贴自己的 SKU 后请删除。自动计算的列会自己填好。',
    exampleAir: '示例，可删除：可售 {cover} 天，低于 {airFreightDays} 天，只有空运来得及。',
    exampleSea: '示例，可删除：可售低于 {alertDays} 天，且在途货物在售完之后才到：请立即安排海运。',
    exampleOutOfStock: '示例，可删除：已断货，在途货物正在路上。',
    exampleRecovery: '示例，可删除：刚刚到货，按恢复期清单操作。',
    exampleHealthy: '示例，可删除：库存充足，无需操作。',
    exampleOverstock: '示例，可删除：可售超过 {overstockDays} 天，属于滞销库存，无需补货。',
    exampleProduct: '示例产品 {letter}',
    shipModeHelp: '请选择海运、铁路、空运或快递；留空表示海运。',
  },
};
