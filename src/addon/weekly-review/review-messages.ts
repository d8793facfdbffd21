// R1: the Weekly review sheet's own words — its name, labels, headers and notes, the decisions it
// writes beside the sidebar's order words, and its messages — in English and Simplified Chinese.

import type { Catalog } from '../../core/i18n/locale';
import type { Phase } from '../../core/phase';
import type { ReviewAction, ReviewTextKey } from '../../core/review/weekly-review';

/** The working table's own columns (the others are the replenishment sheet's, mirrored). */
export type WorkedKey =
  | 'seaTooLate'
  | 'shipsBy'
  | 'orderThisWeek'
  | 'airNeeded'
  | 'airUnits'
  | 'airNow'
  | 'action'
  | 'sortKey';

export type ReviewMessageKey =
  | 'sheetName'
  | 'title'
  | 'intro'
  | 'today'
  | 'rules'
  | 'phasesHeader'
  | 'countHeader'
  | 'meaningHeader'
  | `meaning.${Phase}`
  | 'actionsHeader'
  | `action.${ReviewAction}`
  | `actionMeaning.${ReviewAction}`
  | 'listAction'
  | 'listSku'
  | 'listDecision'
  | 'nothingToDo'
  | `decision.${ReviewTextKey}`
  | 'decisionSeparator'
  | `header.${WorkedKey}`
  | `note.${WorkedKey}`
  | 'noteMirrored'
  | 'noteMissing'
  | 'toastTitle'
  | 'written'
  | 'noReplenishmentSheet'
  | 'missingColumns'
  | 'busy';

export const REVIEW_MESSAGES: Catalog<ReviewMessageKey> = {
  en: {
    sheetName: 'Weekly review',
    title: 'Weekly review',
    intro:
      'Live formulas over the replenishment sheet linked on the left: change that sheet, not this one. Choose Weekly review again after adding rows or columns there.',
    today: 'Today',
    rules:
      'This week: an order-by date within {reviewDays} days (the review period) or passed. Air or express takes {airDays} days to sellable.',
    phasesHeader: 'SKUs per phase',
    countHeader: 'SKUs',
    meaningHeader: 'What it means',
    'meaning.PRE_STOCKOUT': 'On-hand cover at most {alertDays} days, no inbound in time',
    'meaning.OUT_OF_STOCK': 'Nothing sellable in FBA',
    'meaning.RECOVERY': 'Back in stock within the last {recoveryDays} days',
    'meaning.HEALTHY': 'Nothing to protect',
    actionsHeader: 'This week',
    'action.fixRow': 'Fix the row',
    'action.orderSea': 'Order by sea this week',
    'action.sendAir': 'Send air now',
    'action.outOfStock': 'Out of stock',
    'action.recovering': 'Recovering',
    'action.feeFloor': 'Below the fee floor',
    'action.overstock': 'Overstocked',
    'actionMeaning.fixRow': 'The Phase cell shows a message or nothing: fix the value it names',
    'actionMeaning.orderSea':
      'Reorder qty above 0 and the order-by date within {reviewDays} days or passed',
    'actionMeaning.sendAir':
      'A sea order would land after the stock runs out, or air shortens the gap before the inbound',
    'actionMeaning.outOfStock': 'Hold the ground until the inbound lands',
    'actionMeaning.recovering': 'Win back rank and sales; no discount while a new gap is ahead',
    'actionMeaning.feeFloor':
      'On-hand cover under {feeFloorDays} days: Amazon’s low-inventory-level fee',
    'actionMeaning.overstock': 'On-hand cover over {overstockDays} days: storage surcharges',
    listAction: 'Action',
    listSku: 'SKU',
    listDecision: 'Decision',
    nothingToDo: 'Nothing to act on this week',
    'decision.fillIn': 'Fill in FBA available and the daily sales (or units sold)',
    'decision.backIn':
      'Inbound lands in {arrival} days ({date}): keep the price, pause Sponsored Brands and Display ads',
    'decision.noArrival': 'No arrival date: fill in when the next inbound lands',
    'decision.newGapAhead': 'New gap of {gap} days ahead: no discount or ad raise, order first',
    'decision.recoveryDay':
      'Recovery day {day} of {recoveryDays}: step the discount back, ad budget up (sidebar)',
    'decision.recoveryNoDay': 'Recovering: discount ladder and ad budget in the sidebar',
    'decision.underFeeFloor':
      '{cover} days on hand, under the {floor}-day fee floor: low-inventory fee until stock checks in',
    'decision.overstocked':
      '{cover} days on hand, over {limit}: no reorder; consider a promotion or a removal order',
    decisionSeparator: '; ',
    'header.seaTooLate': 'Sea too late',
    'header.shipsBy': 'Order ships by',
    'header.orderThisWeek': 'Order this week',
    'header.airNeeded': 'Air needed',
    'header.airUnits': 'Of it by air',
    'header.airNow': 'Air before inbound',
    'header.action': 'This week',
    'header.sortKey': 'Sort key',
    'note.seaTooLate':
      'TRUE when a sea order would land after stock and inbound run out (total cover under the order cycle less the {reviewDays}-day review) and air ({airDays} days) is quicker.',
    'note.shipsBy':
      'The ship mode typed on the row; blank: air when a sea order is too late, else sea.',
    'note.orderThisWeek':
      'TRUE when the reorder qty is above 0 and the order is due: by sea, the order-by date within {reviewDays} days or passed; by air, also when sea is too late.',
    'note.airNeeded':
      'When sea is too late, the units that must fly so the SKU sells until a sea order lands: daily sales × (cycle − max(total cover, {airDays} air days)), rounded up.',
    'note.airUnits':
      'The units of the order that fly: the air needed in whole cartons, at most the reorder qty; all of it when the ship mode says air.',
    'note.airNow':
      'Units an air shipment sent today must carry to shorten the gap before the inbound lands: daily sales × (days to arrival − max(on-hand cover, {airDays})).',
    'note.action': 'What the SKU needs this week, the first that applies in the list’s order.',
    'note.sortKey':
      'The action’s number, then how urgent within it (in the decimals): the list is sorted by it.',
    noteMirrored:
      'From “{header}” on {sheet}, row by row: worked out for every row, the list on the left reads these. Do not type in this table.',
    noteMissing: '{sheet} has no “{header}” column: left blank.',
    toastTitle: 'Weekly review',
    written: '{count} SKUs to act on this week, most urgent first: live formulas over {sheet}.',
    noReplenishmentSheet:
      'No replenishment sheet here: open yours or insert one (Insert replenishment sheet), then choose Weekly review again.',
    missingColumns:
      '{sheet} lacks columns the weekly review reads: {columns}. Insert a new replenishment sheet, or add them.',
    busy: 'Someone else is changing this spreadsheet right now: try again in a moment.',
  },
  'zh-CN': {
    sheetName: '每周检查',
    title: '每周检查',
    intro:
      '本表是对左侧链接的补货表的实时公式：请修改补货表，而不是本表。补货表增加行或列后，请再次选择“每周检查”。',
    today: '今天',
    rules:
      '本周：最晚下单日期在 {reviewDays} 天（检查周期）内或已过。空运或快递 {airDays} 天可入仓销售。',
    phasesHeader: '各阶段 SKU',
    countHeader: 'SKU 数',
    meaningHeader: '含义',
    'meaning.PRE_STOCKOUT': '在库可售不超过 {alertDays} 天，且到货来不及',
    'meaning.OUT_OF_STOCK': 'FBA 没有可售库存',
    'meaning.RECOVERY': '最近 {recoveryDays} 天内重新到货',
    'meaning.HEALTHY': '无需保护措施',
    actionsHeader: '本周事项',
    'action.fixRow': '修正该行',
    'action.orderSea': '本周下海运订单',
    'action.sendAir': '立即空运',
    'action.outOfStock': '断货中',
    'action.recovering': '恢复期',
    'action.feeFloor': '低于低库存费线',
    'action.overstock': '库存积压',
    'actionMeaning.fixRow': '断货阶段单元格显示提示或为空：请修正它指出的数值',
    'actionMeaning.orderSea': '建议补货量大于 0，且最晚下单日期在 {reviewDays} 天内或已过',
    'actionMeaning.sendAir': '海运到货会晚于库存售完，或空运可缩短在途到货前的断货',
    'actionMeaning.outOfStock': '守住阵地，等在途货物到仓',
    'actionMeaning.recovering': '夺回排名和销量；若即将再次断货则不打折',
    'actionMeaning.feeFloor': '在库可售不足 {feeFloorDays} 天：亚马逊低库存水平费',
    'actionMeaning.overstock': '在库可售超过 {overstockDays} 天：仓储附加费',
    listAction: '事项',
    listSku: 'SKU',
    listDecision: '决定',
    nothingToDo: '本周没有需要处理的 SKU',
    'decision.fillIn': '请填写 FBA 可售库存和日均销量（或各期销量）',
    'decision.backIn': '在途货物 {arrival} 天后（{date}）到仓：保持价格，暂停品牌广告和展示型广告',
    'decision.noArrival': '没有到仓日期：请填写下一批在途货物的到仓日期',
    'decision.newGapAhead': '即将再次断货 {gap} 天：不打折、不加广告预算，先下单',
    'decision.recoveryDay':
      '恢复期第 {day}/{recoveryDays} 天：逐步收回折扣，提高广告预算（见侧边栏）',
    'decision.recoveryNoDay': '恢复期：折扣阶梯和广告预算见侧边栏',
    'decision.underFeeFloor':
      '在库可售 {cover} 天，低于 {floor} 天低库存费线：补货入仓前会产生低库存水平费',
    'decision.overstocked': '在库可售 {cover} 天，超过 {limit} 天：暂不补货，可考虑促销或移除订单',
    decisionSeparator: '；',
    'header.seaTooLate': '海运来不及',
    'header.shipsBy': '本次发货方式',
    'header.orderThisWeek': '本周下单',
    'header.airNeeded': '需空运量',
    'header.airUnits': '其中空运',
    'header.airNow': '到货前空运',
    'header.action': '本周事项',
    'header.sortKey': '排序键',
    'note.seaTooLate':
      'TRUE 表示海运到货会晚于库存和在途售完（总可售天数少于下单周期减去 {reviewDays} 天检查周期），且空运（{airDays} 天）更快。',
    'note.shipsBy': '该行填写的运输方式；留空时：海运来不及则空运，否则海运。',
    'note.orderThisWeek':
      'TRUE 表示建议补货量大于 0 且本周应下单：海运为最晚下单日期在 {reviewDays} 天内或已过；空运在海运来不及时也算。',
    'note.airNeeded':
      '海运来不及时，为撑到海运到货必须空运的件数：日均销量 ×（周期 − max(总可售天数, 空运 {airDays} 天)），向上取整。',
    'note.airUnits':
      '订单中空运的件数：需空运量按整箱取整，不超过建议补货量；运输方式为空运时为全部。',
    'note.airNow':
      '今天空运一批以缩短在途到货前断货所需的件数：日均销量 ×（距到仓天数 − max(在库可售天数, {airDays})）。',
    'note.action': '该 SKU 本周需要处理的事项：按清单顺序取第一个符合的。',
    'note.sortKey': '事项编号，小数部分表示事项内的紧急程度：清单按它排序。',
    noteMirrored:
      '逐行取自 {sheet} 的“{header}”：为每一行计算，左侧清单读取这些列。请勿在此表中输入。',
    noteMissing: '{sheet} 没有“{header}”列：留空。',
    toastTitle: '每周检查',
    written: '本周有 {count} 个 SKU 需要处理，按紧急程度排列：实时公式取自 {sheet}。',
    noReplenishmentSheet:
      '此表格中没有补货表：请打开你的补货表或插入一张（插入补货表），然后再次选择“每周检查”。',
    missingColumns: '{sheet} 缺少每周检查需要的列：{columns}。请插入新的补货表，或补上这些列。',
    busy: '其他人正在修改此表格：请稍后再试。',
  },
};
