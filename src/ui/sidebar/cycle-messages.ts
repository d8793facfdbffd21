// The sidebar's words for the order cycle, the safety days, the fee floor and the colour
// legend (R1, R2, R4, R8, R9, R11), in English and Simplified Chinese.

import type { Catalog } from '../../core/i18n/locale';

const EN = {
  title: 'Behind the reorder quantity',
  'part.production': 'production {days}',
  'part.transit': '{mode} {days}',
  'part.checkIn': 'check-in {days}',
  'part.typed': 'typed cycle {days}',
  'part.review': 'review {days}',
  cycle: 'Cycle: {parts} = {total} days',
  'safety.typed': 'Safety: {days} days (typed on the row)',
  'safety.weeklySd': 'Safety: {days} days (weekly sd {sd}, {level}% service level)',
  'safety.default': 'Safety: {days} days (default)',
  'basis.history': 'Daily sales {sales}/day from the sales history',
  'basis.blend': 'Daily sales {sales}/day from the 7/14/30-day blend',
  feeFloor:
    'On-hand cover {cover} days is under {floor}: Amazon charges a low-inventory-level fee per unit shipped while on-hand supply (inbound excluded) stays under 28 days.',
  legendTitle: 'Colours',
  'legend.outOfStock': '0 days: out of stock',
  'legend.airFreight': '≤ {days} days on hand: consider air freight',
  'legend.alert': '≤ {days} days on hand: order by sea now',
  'legend.overstock': '> {days} days on hand: slow-moving',
  'legend.feeFloor': 'Flag: under {days} days on hand, low-inventory fee',
  'mode.sea': 'sea',
  'mode.rail': 'rail',
  'mode.air': 'air',
  'mode.express': 'express',
} as const;

export type CycleTextKey = keyof typeof EN;

export const CYCLE_TEXTS: Catalog<CycleTextKey> = {
  en: EN,
  'zh-CN': {
    title: '建议补货量的计算',
    'part.production': '生产 {days}',
    'part.transit': '{mode} {days}',
    'part.checkIn': '入仓 {days}',
    'part.typed': '填写的周期 {days}',
    'part.review': '检查周期 {days}',
    cycle: '下单周期：{parts} = {total} 天',
    'safety.typed': '安全库存：{days} 天（该行填写）',
    'safety.weeklySd': '安全库存：{days} 天（周标准差 {sd}，服务水平 {level}%）',
    'safety.default': '安全库存：{days} 天（默认）',
    'basis.history': '日均销量 {sales}/天，来自销售历史',
    'basis.blend': '日均销量 {sales}/天，来自 7/14/30 天混合',
    feeFloor:
      '在库可售 {cover} 天，低于 {floor} 天：在库库存（不含在途）持续低于 28 天时，亚马逊对每件发货收取低库存水平费。',
    legendTitle: '颜色说明',
    'legend.outOfStock': '0 天：断货',
    'legend.airFreight': '在库 ≤ {days} 天：考虑空运',
    'legend.alert': '在库 ≤ {days} 天：立即安排海运',
    'legend.overstock': '在库 > {days} 天：滞销',
    'legend.feeFloor': '标记：在库低于 {days} 天，低库存费',
    'mode.sea': '海运',
    'mode.rail': '铁路',
    'mode.air': '空运',
    'mode.express': '快递',
  },
};
