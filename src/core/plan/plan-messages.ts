// Every word of a plan, in English and Simplified Chinese: checklist items, phases, areas, hints.

import type { Catalog } from '../i18n/locale';

const EN = {
  // Phases and areas.
  'phase.PRE_STOCKOUT': 'Before stockout',
  'phase.OUT_OF_STOCK': 'Out of stock',
  'phase.RECOVERY': 'Recovery',
  'phase.HEALTHY': 'Healthy',
  'area.stock': 'Stock & logistics',
  'area.price': 'Price',
  'area.ads': 'Ads',
  'area.listing': 'Listing',
  'area.keywords': 'Keywords',
  'kind.warning': 'Caution',
  healthy: 'No stockout ahead: nothing to do for this SKU now.',
  healthyOrder: 'No stockout ahead: this week’s order is all there is to do.',
  hint: 'Fill in {fields} to work out the numbers.',
  listSeparator: ', ',
  quotedField: '“{name}”',

  // The row's figures, as a hint names them: the replenishment sheet's headers.
  'field.stock': 'FBA available',
  'field.dailySales': 'Daily sales',
  'field.inbound': 'Inbound qty',
  'field.daysToArrival': 'Next arrival date',
  'field.daysSinceRestock': 'Last restock date',
  'field.price': 'Price',
  'field.dailyAdBudget': 'Daily ad budget',
  'field.cycleDays': 'Cycle days',
  'field.safetyDays': 'Safety days',
  'field.casePack': 'Case pack',
  'field.reorderQty': 'Reorder qty',
  'field.orderByDays': 'Order-by date',
  'field.shipMode': 'Ship mode',

  // R33: a recovering SKU heading for a new gap.
  'gapAhead.beforeArrival':
    'Heading for a new stockout: on hand lasts {runOut} days, {gap} days before the inbound lands. Stock protection comes first; the recovery items that still fit follow.',
  'gapAhead.beforeOrder':
    'Heading for a new stockout: stock and inbound last {runOut} days, {gap} days short of the {cycle}-day cycle a new order takes. Stock protection comes first; the recovery items that still fit follow.',

  // R11: the sums behind the key figures and the order.
  'sum.cover': '({stock} on hand + {inbound} inbound) ÷ {sales}/day = {cover} days',
  'sum.gap': 'Inbound in {arrival} days − on hand lasts {runOut} days = {gap} days out of stock',
  'sum.noGap': 'On hand lasts {runOut} days, the inbound lands in {arrival}: no gap',
  'sum.gapOutNow': 'None on hand, the inbound lands in {arrival} days: {gap} days out of stock',
  'sum.noSalesNoGap': 'Nothing sells, the inbound lands in {arrival} days: no gap',
  'sum.reorder':
    '{sales}/day × ({cycle} cycle + {review} review + {safety} safety) days − {stock} on hand − {inbound} inbound = {raw} → {result}',
  'sum.reorderPack':
    '{sales}/day × ({cycle} cycle + {review} review + {safety} safety) days − {stock} on hand − {inbound} inbound = {raw} → {result} (cartons of {pack})',
  'sum.orderBy':
    'Order by: ({stock} + {inbound}) ÷ {sales}/day − {safety} safety − ({cycle} + {review}) days = {slack} days → {date}',
  'sum.orderByIn':
    'Order by: ({stock} + {inbound}) ÷ {sales}/day − {safety} safety − ({cycle} + {review}) days = {slack} days → day {in} from today',
  'sum.sheetQty': 'The sheet’s Reorder qty says {units}; the sum gives {result}.',
  'sum.sheetOrderBy': 'The sheet’s order-by date is {date}.',
  'sum.sheetOrderByIn': 'The sheet’s order-by date is day {in} from today.',

  // R6, R24: this week's order.
  orderSea: 'Order {units} units by {date}, by sea',
  orderSeaWithin: 'Order {units} units within {orderIn} days, by sea',
  orderSeaNow: 'Order {units} units now, by sea',
  orderAir: 'Order {units} units now, by air',
  orderAirSplit: 'Order {units} units now: {airUnits} by air, {seaUnits} by sea',
  orderSeaDetail:
    'Placed by then, it lands ({cycle}-day cycle, reviewed every {review} days) before stock falls to {safety} days of safety stock.',
  orderSeaDueDetail:
    'Due at this review (the order-by date was {late} days ago): placed today, it still lands before stock falls to {safety} days of safety stock.',
  orderSeaLateDetail:
    'The order-by date passed {late} days ago: place it today; it lands with less than {safety} days of safety stock left.',
  orderNoSalesDetail: 'Nothing sells now: the quantity is the sheet’s Reorder qty.',
  orderAirDetail:
    'A sea order lands in {cycle} days, after stock and inbound run out in {cover} days; air lands in about {airDays}. Send {airUnits} by air to close the gap.',
  orderAirSheetDetail: 'The sheet’s Ship mode says air (about {airDays} days).',

  // R24
  airSend: 'Send {units} units by air or express now',
  airSendDetail:
    'Air lands in about {airDays} days and the inbound in {arrival} days: that saves {saved} days out of stock.',
  airNotNeeded: 'No emergency air shipment needed',
  airNotNeededDetail:
    'Air takes about {airDays} days and would not land before the inbound ({arrival} days), so it would not shorten the stockout.',
  airNoSalesDetail: 'Nothing is selling, so there is no gap for air to close.',
  airRule: 'Consider an emergency air or express shipment',
  airRuleDetail:
    'If the inbound lands much later than air would (about {airDays} days), send enough by air to sell until it arrives.',
  // R12
  noPromotions: 'No promotions, coupons or deals',
  noPromotionsDetail: 'They sell the last units faster. Wait until the inbound is sellable.',
  // R14
  holdPriceShort: 'Keep the price as it is',
  holdPriceShortDetail:
    'The gap is short ({gap} days, at most {shortDays}): hold the price, and stop heavy ads and promotions.',
  holdPriceIfShort: 'If the gap is {shortDays} days or less: keep the price',
  holdPriceIfShortDetail: 'Stop heavy ads and promotions instead.',
  // R15
  raisePrice: 'Raise the price to {low}–{high}',
  raisePriceNoPrice: 'Raise the price {raiseLow}–{raiseHigh}%',
  raisePriceIfMedium: 'If the gap is {shortDays}–{longDays} days: raise the price to {low}–{high}',
  raisePriceIfMediumNoPrice:
    'If the gap is {shortDays}–{longDays} days: raise the price {raiseLow}–{raiseHigh}%',
  raisePriceDetail:
    'A {gap}-day gap: +{raiseLow}–{raiseHigh}% on {price}. If conversion falls more than {dropLow}–{dropHigh}%, shrink or undo the raise.',
  raisePriceRuleDetail:
    'If conversion falls more than {dropLow}–{dropHigh}% after the raise, shrink or undo it.',
  // R16
  planningFailure: 'A {gap}-day gap: price cannot fix this',
  planningFailureIfLong: 'If the gap is over {longDays} days: price cannot fix it',
  planningFailureDetail:
    'Over {longDays} days out of stock is a planning failure: review safety stock, the replenishment plan and how sales are watched.',
  // R13
  raiseCap: 'One raise never above {cap}%: at most {ceiling}',
  raiseCapRule: 'One raise never above {cap}%',
  raiseCapDetail:
    'Move the price in small steps; a big jump loses more sales than the stock it saves.',
  // R17
  protectWeight: "Protect the listing's ranking weight",
  protectWeightDetail:
    'The weight it has built survives the stockout and only stops growing; an oversized raise can hurt it for longer.',
  // R18
  cutBudget: 'Cut the daily ad budget to {low}–{high}',
  cutBudgetDetail: '{cutLow}–{cutHigh}% below {budget}; trim non-core keywords first.',
  cutBudgetRule: 'Cut the daily ad budget by {cutLow}–{cutHigh}%',
  cutBudgetRuleDetail: 'Trim non-core keywords first.',
  // R19
  pauseWeakCampaigns: 'Pause weak automatic and broad-match campaigns',
  pauseWeakCampaignsDetail:
    'Keep manual exact and phrase match on the core keywords that convert best.',
  // R20
  lowerBids: 'Lower core keyword bids by {cutLow}–{cutHigh}%',
  lowerBidsDetail:
    'Enough to slow sales while they keep their base ranking: a 1.00 bid becomes {low}–{high}.',
  // R21
  neverAllAdsOff: 'Never switch all ads off',
  neverAllAdsOffDetail:
    'Stopping every campaign hurts listing weight. No off-site ads now: they bring the stockout closer.',
  // R22
  recordRanks: 'Record keyword ranks every day',
  recordRanksDetail:
    'Core and long-tail keywords, and the competitors just above and below you, with screenshots.',
  // R23
  trackInbound: 'Update the inbound status every day',
  trackInboundDetail:
    'The next inbound is due in {arrival} days: pin that date and plan price and ads around it.',
  trackInboundNoEtaDetail: 'No arrival date yet: get an ETA from the forwarder and pin it.',
  trackInboundOverdueDetail:
    'The inbound is {overdue} days past its ETA and not checked in: chase the forwarder or open a case with FBA, then type the new date.',
  arrivalOverdue:
    'Inbound overdue by {overdue} days: until a new ETA is typed, the plan counts on no arrival.',
  // R25
  holdPriceDuring: 'Leave the price as it is',
  holdPriceDuringAt: 'Leave the price at {price}',
  holdPriceDuringDetail: 'Keep any small raise made before the stockout.',
  // R26
  spPausesItself: 'Sponsored Products pause on their own',
  spPausesItselfDetail:
    'They stop while the listing cannot be bought and restart on restock: leave them be.',
  // R27
  pauseSbSd: 'Pause Sponsored Brands and Sponsored Display',
  pauseSbSdDetail:
    'They keep charging for clicks while out of stock; at most keep one low-budget brand-awareness SB.',
  // R28
  guardListing: 'Check the listing every day',
  guardListingDetail:
    'Title, images, bullets and brand: look for tampering and hijackers, and appeal at once with brand proof.',
  // R29
  keepListingAlive: 'Keep the listing active',
  keepListingAliveDetail: 'Make small updates, answer customer questions, handle negative reviews.',
  // R30
  logRankFall: 'Log keyword ranks daily and note the fall',
  logRankFallDetail:
    'For example from the top 30 to beyond 100; mark the core keywords that fell hard.',
  // R31
  watchCompetitors: 'Watch the competitors that took your places',
  watchCompetitorsDetail:
    'Their ranks, prices and ads; plan your answer (budget, coupons) for the restock.',
  // R32
  checkReceiving: 'Check what arrived and that the listing is buyable',
  checkReceivingDetail: 'Compare sellable units with what was shipped; report damage or loss.',
  // R33
  replan: 'Re-forecast on recovery sales before the next order',
  replanCovered: 'Re-plan replenishment: stock and inbound cover the cycle',
  replanDetail:
    'This week’s order uses recovery sales of {sales} a day, a {cycle}-day cycle, {review} review days and {safety} safety days. Mix sea and air for best sellers so it does not run out again.',
  replanRule: 'Re-plan replenishment from recovery sales',
  replanRuleDetail:
    'Forecast on the sales since the restock. Mix sea and air for best sellers so it does not run out again.',
  // R34
  discountLadder: 'Recovery discount: {start}% off, back to full price in {steps} steps',
  discountLadderDetail:
    'Start within {bandLow}–{bandHigh}% off, never {max}% or more. Step back as sales and conversion recover; full price once rank and sales are back.',
  ladderStep: '{discount}% off: {price}',
  ladderStepNoPrice: '{discount}% off',
  ladderFullPrice: 'Full price: {price}',
  ladderFullPriceNoPrice: 'Full price',
  // R35
  bundlesFirst: 'Prefer gifts, bundles and spend thresholds to bare price cuts',
  bundlesFirstDetail: 'Check competitor prices; stay out of price wars.',
  // R36
  recoveryBudget: 'Raise the daily ad budget to {low}–{high}',
  recoveryBudgetDetail:
    '{multLow}–{multHigh}× the pre-stockout {budget}; exact match on core keywords first, some phrase match; scale back once recovered.',
  recoveryBudgetRule: 'Raise the daily ad budget to {multLow}–{multHigh}× its pre-stockout level',
  recoveryBudgetRuleDetail:
    'Exact match on core keywords first, some phrase match; scale back once recovered.',
  // R37
  bidUpFallen: 'Bid up the keywords that fell most',
  bidUpFallenDetail:
    'Also long-tail keywords that convert well; run an automatic SP campaign at a low bid to find new ones.',
  // R38
  couponsDeals: 'Add coupons or deals',
  couponsDealsDetail: 'Off-site ads for core keywords are fine again now.',
  // R39
  reviewAdsDaily: 'Review ad reports every day',
  reviewAdsDailyDetail: 'Watch CTR, conversion rate and ACOS; add negative keywords.',
  // R40
  improveListing: 'Improve the listing',
  improveListingDetail:
    'Title, bullets, images and A+ content, from customer feedback and competitor moves.',
  // R41
  askReviews: 'Ask buyers for reviews',
  askReviewsDetail:
    'Offer a remedy to buyers who left a bad review during the stockout, but never ask anyone to change or remove a review.',
  // R42
  parallelListing: 'Optional, after a very long stockout: a parallel listing',
  parallelListingDetail:
    'Sell on a new listing meanwhile and later merge it as a variation so it keeps the reviews.',
  // R43
  sprintKeywords: 'Sprint on the core keywords that fell',
  sprintKeywordsDetail:
    'Widen long-tail, track ranks daily, and reduce ads once ranks are back where they were before the stockout.',
} as const;

export type PlanTextKey = keyof typeof EN;

export const PLAN_TEXTS: Catalog<PlanTextKey> = {
  en: EN,
  'zh-CN': {
    'phase.PRE_STOCKOUT': '断货前',
    'phase.OUT_OF_STOCK': '断货中',
    'phase.RECOVERY': '恢复期',
    'phase.HEALTHY': '库存健康',
    'area.stock': '库存与物流',
    'area.price': '价格',
    'area.ads': '广告',
    'area.listing': '链接',
    'area.keywords': '关键词',
    'kind.warning': '注意',
    healthy: '暂无断货风险：此 SKU 目前无需处理。',
    healthyOrder: '暂无断货风险：本周只需按下面的数量下单。',
    hint: '填写{fields}即可算出具体数字。',
    listSeparator: '、',
    quotedField: '「{name}」',

    'field.stock': 'FBA 可售库存',
    'field.dailySales': '日均销量',
    'field.inbound': '在途数量',
    'field.daysToArrival': '预计到仓日期',
    'field.daysSinceRestock': '上次到货日期',
    'field.price': '售价',
    'field.dailyAdBudget': '每日广告预算',
    'field.cycleDays': '补货周期（天）',
    'field.safetyDays': '安全库存天数',
    'field.casePack': '每箱数量',
    'field.reorderQty': '建议补货量',
    'field.orderByDays': '最晚下单日期',
    'field.shipMode': '运输方式',

    'gapAhead.beforeArrival':
      '即将再次断货：现货只够 {runOut} 天，比在途到货早断 {gap} 天。先做断货前的库存保护，下面是仍然适用的恢复期事项。',
    'gapAhead.beforeOrder':
      '即将再次断货：现货加在途只够 {runOut} 天，比新订单 {cycle} 天的补货周期少 {gap} 天。先做断货前的库存保护，下面是仍然适用的恢复期事项。',

    'sum.cover': '（现货 {stock} + 在途 {inbound}）÷ {sales}/天 = {cover} 天',
    'sum.gap': '在途 {arrival} 天后到 − 现货够 {runOut} 天 = 断货 {gap} 天',
    'sum.noGap': '现货够 {runOut} 天，在途 {arrival} 天后到：不断货',
    'sum.gapOutNow': '现货为零，在途 {arrival} 天后到：断货 {gap} 天',
    'sum.noSalesNoGap': '没有销量，在途 {arrival} 天后到：不断货',
    'sum.reorder':
      '{sales}/天 ×（周期 {cycle} + 检查 {review} + 安全 {safety}）天 − 现货 {stock} − 在途 {inbound} = {raw} → {result}',
    'sum.reorderPack':
      '{sales}/天 ×（周期 {cycle} + 检查 {review} + 安全 {safety}）天 − 现货 {stock} − 在途 {inbound} = {raw} → {result}（每箱 {pack} 件）',
    'sum.orderBy':
      '最晚下单：（{stock} + {inbound}）÷ {sales}/天 − 安全 {safety} −（{cycle} + {review}）天 = {slack} 天 → {date}',
    'sum.orderByIn':
      '最晚下单：（{stock} + {inbound}）÷ {sales}/天 − 安全 {safety} −（{cycle} + {review}）天 = {slack} 天 → 从今天起第 {in} 天',
    'sum.sheetQty': '表格中的建议补货量为 {units}；按公式计算为 {result}。',
    'sum.sheetOrderBy': '表格中的最晚下单日期为 {date}。',
    'sum.sheetOrderByIn': '表格中的最晚下单日期为从今天起第 {in} 天。',

    orderSea: '在 {date} 前下单 {units} 件，走海运',
    orderSeaWithin: '在 {orderIn} 天内下单 {units} 件，走海运',
    orderSeaNow: '立即下单 {units} 件，走海运',
    orderAir: '立即下单 {units} 件，走空运',
    orderAirSplit: '立即下单 {units} 件：空运 {airUnits} 件，海运 {seaUnits} 件',
    orderSeaDetail:
      '在此日期前下单，货物（补货周期 {cycle} 天，每 {review} 天检查一次）能在库存降到 {safety} 天安全库存前到仓。',
    orderSeaDueDetail:
      '本次检查就该下单（最晚下单日期在 {late} 天前）：今天下单，仍能在库存降到 {safety} 天安全库存前到仓。',
    orderSeaLateDetail:
      '最晚下单日期已过 {late} 天：请今天下单；到仓时安全库存将不足 {safety} 天。',
    orderNoSalesDetail: '目前没有销量：数量取自表格中的建议补货量。',
    orderAirDetail:
      '海运要 {cycle} 天才到，而现货加在途 {cover} 天后就会卖完；空运约 {airDays} 天。空运 {airUnits} 件补上断货期。',
    orderAirSheetDetail: '表格中的运输方式为空运（约 {airDays} 天）。',

    airSend: '立即空运或快递补发 {units} 件',
    airSendDetail: '空运约 {airDays} 天可入仓，在途大货 {arrival} 天后才到：可少断货 {saved} 天。',
    airNotNeeded: '无需紧急空运',
    airNotNeededDetail:
      '空运约需 {airDays} 天，赶不在在途大货（{arrival} 天后到）之前，无法缩短断货。',
    airNoSalesDetail: '目前没有销量，不存在需要空运填补的断货期。',
    airRule: '考虑紧急空运或快递补货',
    airRuleDetail: '如果在途大货比空运（约 {airDays} 天）晚到很多，就空运一批，撑到大货入仓。',
    noPromotions: '暂停促销、优惠券和秒杀',
    noPromotionsDetail: '促销只会让剩余库存更快卖完，等补货可售后再做。',
    holdPriceShort: '保持现价',
    holdPriceShortDetail:
      '断货期短（{gap} 天，不超过 {shortDays} 天）：价格不动，停掉大力度广告和促销。',
    holdPriceIfShort: '若断货不超过 {shortDays} 天：保持现价',
    holdPriceIfShortDetail: '改为停掉大力度广告和促销。',
    raisePrice: '将售价提高到 {low}–{high}',
    raisePriceNoPrice: '提价 {raiseLow}–{raiseHigh}%',
    raisePriceIfMedium: '若断货 {shortDays}–{longDays} 天：售价提高到 {low}–{high}',
    raisePriceIfMediumNoPrice: '若断货 {shortDays}–{longDays} 天：提价 {raiseLow}–{raiseHigh}%',
    raisePriceDetail:
      '预计断货 {gap} 天：在 {price} 基础上提价 {raiseLow}–{raiseHigh}%。若转化率下降超过 {dropLow}–{dropHigh}%，减小涨幅或恢复原价。',
    raisePriceRuleDetail: '提价后若转化率下降超过 {dropLow}–{dropHigh}%，减小涨幅或恢复原价。',
    planningFailure: '预计断货 {gap} 天：调价解决不了',
    planningFailureIfLong: '若断货超过 {longDays} 天：调价解决不了',
    planningFailureDetail:
      '断货超过 {longDays} 天属于计划失误：请复查安全库存、补货计划和销量监控。',
    raiseCap: '单次涨价不超过 {cap}%：最高 {ceiling}',
    raiseCapRule: '单次涨价不超过 {cap}%',
    raiseCapDetail: '小步调价；一次涨太多，流失的转化比省下的库存更多。',
    protectWeight: '保护链接权重',
    protectWeightDetail:
      '链接积累的权重在断货期间不会消失，只是停止增长；过大的涨价反而伤害它更久。',
    cutBudget: '将每日广告预算降到 {low}–{high}',
    cutBudgetDetail: '比 {budget} 降低 {cutLow}–{cutHigh}%；先减少非核心关键词的曝光。',
    cutBudgetRule: '每日广告预算降低 {cutLow}–{cutHigh}%',
    cutBudgetRuleDetail: '先减少非核心关键词的曝光。',
    pauseWeakCampaigns: '暂停效果差的自动广告和广泛匹配广告',
    pauseWeakCampaignsDetail: '保留高转化核心词的手动精准匹配和词组匹配。',
    lowerBids: '核心关键词竞价降低 {cutLow}–{cutHigh}%',
    lowerBidsDetail: '既放慢销售，又守住基础排名：出价 1.00 调到 {low}–{high}。',
    neverAllAdsOff: '不要关停全部广告',
    neverAllAdsOffDetail: '全部停投会伤害链接权重。此时也不要投站外广告，只会加快断货。',
    recordRanks: '每天记录关键词排名',
    recordRanksDetail: '包括核心词和长尾词，以及排在你前后的竞品，并截图留存。',
    trackInbound: '每天更新在途货件状态',
    trackInboundDetail: '下一批货预计 {arrival} 天后可售：盯紧这个日期，据此安排价格和广告。',
    trackInboundNoEtaDetail: '还没有到货日期：向货代确认 ETA 并盯紧。',
    trackInboundOverdueDetail:
      '在途货件已超过 ETA {overdue} 天仍未入仓：催货代或向 FBA 开案例，然后填写新的到货日期。',
    arrivalOverdue: '在途货件已逾期 {overdue} 天：填写新的 ETA 之前，计划按无到货计算。',
    holdPriceDuring: '价格保持不变',
    holdPriceDuringAt: '价格保持在 {price}',
    holdPriceDuringDetail: '断货前做过的小幅涨价保持不动。',
    spPausesItself: '商品推广（SP）会自动暂停',
    spPausesItselfDetail: '链接不可售时自动停止，补货后自动恢复：无需手动处理。',
    pauseSbSd: '暂停品牌推广（SB）和展示型推广（SD）',
    pauseSbSdDetail: '断货时它们仍按点击扣费；最多保留一个低预算的品牌曝光 SB。',
    guardListing: '每天检查链接',
    guardListingDetail:
      '检查标题、图片、五点描述和品牌是否被篡改或被跟卖，发现后立即凭品牌证明申诉。',
    keepListingAlive: '保持链接活跃',
    keepListingAliveDetail: '小幅更新内容，回答买家问题，处理差评。',
    logRankFall: '每天记录关键词排名和下滑幅度',
    logRankFallDetail: '例如从前 30 名跌到 100 名以外；标出跌幅大的核心词。',
    watchCompetitors: '关注抢走你排名的竞品',
    watchCompetitorsDetail: '留意其排名、价格和广告，为补货后的反击准备预算和优惠券。',
    checkReceiving: '核对到货并确认链接可售',
    checkReceivingDetail: '对比可售数量与发货数量，如有破损或丢件及时索赔。',
    replan: '下次下单前按恢复期销量重新预测',
    replanCovered: '重新规划补货：现有库存和在途已够一个周期',
    replanDetail:
      '本周订单按恢复期日均销量 {sales}、补货周期 {cycle} 天、检查周期 {review} 天、安全库存 {safety} 天计算。畅销品海运加空运组合，避免再次断货。',
    replanRule: '按恢复期销量重新规划补货',
    replanRuleDetail: '用补货后的销量重新预测。畅销品海运加空运组合，避免再次断货。',
    discountLadder: '恢复期折扣：先降 {start}%，分 {steps} 步回到原价',
    discountLadderDetail:
      '起始降幅在 {bandLow}–{bandHigh}% 之间，绝不达到 {max}%。随销量和转化恢复逐步回调；排名和销量回到断货前水平后恢复原价。',
    ladderStep: '降 {discount}%：{price}',
    ladderStepNoPrice: '降 {discount}%',
    ladderFullPrice: '原价：{price}',
    ladderFullPriceNoPrice: '原价',
    bundlesFirst: '优先用赠品、捆绑和满减，而不是直接降价',
    bundlesFirstDetail: '留意竞品价格，不打价格战。',
    recoveryBudget: '将每日广告预算提高到 {low}–{high}',
    recoveryBudgetDetail:
      '为断货前预算 {budget} 的 {multLow}–{multHigh} 倍；优先核心词精准匹配，辅以词组匹配；恢复后逐步回调。',
    recoveryBudgetRule: '每日广告预算提高到断货前的 {multLow}–{multHigh} 倍',
    recoveryBudgetRuleDetail: '优先核心词精准匹配，辅以词组匹配；恢复后逐步回调。',
    bidUpFallen: '提高跌幅最大关键词的竞价',
    bidUpFallenDetail: '同时加投高转化长尾词；开低竞价的 SP 自动广告挖掘新词。',
    couponsDeals: '配合优惠券或秒杀活动',
    couponsDealsDetail: '现在可以为核心词投放站外广告了。',
    reviewAdsDaily: '每天查看广告报表',
    reviewAdsDailyDetail: '关注点击率、转化率和 ACOS，及时添加否定关键词。',
    improveListing: '优化链接',
    improveListingDetail: '根据买家反馈和竞品动向，优化标题、五点描述、图片和 A+ 页面。',
    askReviews: '邀请买家留评',
    askReviewsDetail: '对断货期间留差评的买家提供补救，但绝不要求对方修改或删除评价。',
    parallelListing: '可选（断货很久时）：开一条备用链接',
    parallelListingDetail: '先用新链接销售，之后合并为变体以继承评价。',
    sprintKeywords: '冲刺下滑的核心关键词',
    sprintKeywordsDetail: '扩展长尾词，每天跟踪排名；排名回到断货前水平后逐步减少广告。',
  },
};
