// The menu's captions, the About dialog and the sidebar placeholder, in both languages.

import type { Catalog } from '../../core/i18n/locale';

export type MenuMessageKey =
  | 'productName'
  | 'insertSheet'
  | 'insertShipments'
  | 'insertRanks'
  | 'checkShipments'
  | 'addRankRows'
  | 'insertSalesHistory'
  | 'workOutDemand'
  | 'aboutInsertSalesHistory'
  | 'aboutWorkOutDemand'
  | 'refreshColours'
  | 'weeklyReview'
  | 'aboutWeeklyReview'
  | 'importReport'
  | 'undoImport'
  | 'aboutImport'
  | 'openSidebar'
  | 'settings'
  | 'about'
  | 'aboutTitle'
  | 'aboutIntro'
  | 'aboutInsertSheet'
  | 'aboutInsertShipments'
  | 'aboutInsertRanks'
  | 'aboutCheckShipments'
  | 'aboutAddRankRows'
  | 'aboutRefreshColours'
  | 'aboutOpenSidebar'
  | 'aboutSettings'
  | 'aboutFunctions'
  | 'aboutPrivacy'
  | 'failed';

export const MENU_MESSAGES: Catalog<MenuMessageKey> = {
  en: {
    productName: 'Stockout Playbook',
    insertSheet: 'Insert replenishment sheet',
    insertShipments: 'Insert shipments sheet',
    insertRanks: 'Insert keyword-rank sheet',
    checkShipments: 'Check shipments',
    addRankRows: "Add today's rank rows",
    insertSalesHistory: 'Insert sales-history sheet',
    workOutDemand: 'Work out demand from sales history',
    aboutInsertSalesHistory:
      'Adds a sheet for daily sales per SKU (date, SKU, units sold, units available at the end of the day): DEMAND_STATS reads it.',
    aboutWorkOutDemand:
      'Writes each SKU’s in-stock daily rate, weekly sd and seasonal factor from the sales history into a Demand sheet, as values: for a history too long for one formula.',
    refreshColours: 'Refresh colour rules',
    weeklyReview: 'Weekly review',
    aboutWeeklyReview:
      'Opens the week’s work on a sheet of its own: how many SKUs are in each phase, and the SKUs to act on, most urgent first, each with its decision and a link to its row. Live formulas over the replenishment sheet, readable without the add-on.',
    importReport: 'Import Amazon report',
    undoImport: 'Undo last import',
    aboutImport:
      'Import Amazon report reads an FBA Inventory, Restock, Manage FBA Inventory, Business, All Orders or Inventory Ledger report into your sheets, losing nothing; Undo last import puts every changed cell back.',
    openSidebar: 'Open playbook sidebar',
    settings: 'Settings',
    about: 'About',
    aboutTitle: 'About Stockout Playbook',
    aboutIntro:
      'Guides Amazon FBA sellers before, during and after a stockout: which SKUs need a sea order, which need air freight, which are overstocked, and what to do about price and ads.',
    aboutInsertSheet:
      'Adds a new sheet with the replenishment columns, their formulas, notes and example rows. Existing sheets are never changed.',
    aboutInsertShipments:
      'Adds a sheet to log every inbound shipment (status, ETA, received units). The replenishment sheet takes its inbound qty and next arrival from it; late, delayed, lost and short shipments are flagged.',
    aboutInsertRanks:
      'Adds a sheet to log keyword ranks day by day, with the competitors around you: the sidebar shows the falls and the keywords to win back.',
    aboutCheckShipments:
      'Turns dates typed as text into dates, links new SKU rows to the shipments, refreshes the flag colours and tells what needs attention.',
    aboutAddRankRows:
      "Copies each SKU's latest keyword list with today's date, below the last row: type the ranks and you are done.",
    aboutRefreshColours:
      'Colours the days-of-cover and phase columns of the current sheet. Your own colour rules stay as they are.',
    aboutOpenSidebar: 'Shows the playbook for the selected SKU, with the numbers worked out.',
    aboutSettings:
      'Alert thresholds and colours, default safety and cycle days, sales weights: saved with this spreadsheet.',
    aboutFunctions: 'Formulas you can type in any cell: {functions}.',
    aboutPrivacy: 'Everything stays in this spreadsheet: nothing is sent anywhere.',
    failed: 'Stockout Playbook could not finish: {detail}',
  },
  'zh-CN': {
    productName: '断货应对手册',
    insertSheet: '插入补货表',
    insertShipments: '插入货件表',
    insertRanks: '插入关键词排名表',
    checkShipments: '检查货件',
    addRankRows: '添加今天的排名行',
    insertSalesHistory: '插入销售历史表',
    workOutDemand: '根据销售历史计算需求',
    aboutInsertSalesHistory:
      '新建一张表记录每个 SKU 的每日销量（日期、SKU、销量、日末可售库存）：DEMAND_STATS 读取它。',
    aboutWorkOutDemand:
      '根据销售历史把每个 SKU 的有货日均销量、周需求标准差和季节系数以数值写入“需求”表：适用于单个公式读不完的长历史。',
    refreshColours: '刷新颜色规则',
    weeklyReview: '每周检查',
    aboutWeeklyReview:
      '在单独的工作表中列出本周的工作：各阶段的 SKU 数量，以及按紧急程度排列的待处理 SKU，每个都有决定和指向其所在行的链接。是对补货表的实时公式，没有插件也能看懂。',
    importReport: '导入亚马逊报告',
    undoImport: '撤销上次导入',
    aboutImport:
      '“导入亚马逊报告”把 FBA 库存、补货、管理库存、业务报告、所有订单或库存分类账报告读入表格，不丢失任何内容；“撤销上次导入”把改动的单元格全部恢复。',
    openSidebar: '打开断货应对侧边栏',
    settings: '设置',
    about: '关于',
    aboutTitle: '关于断货应对手册',
    aboutIntro:
      '帮助亚马逊 FBA 卖家应对断货前、断货中和断货后：哪些 SKU 需要安排海运、哪些需要空运、哪些库存滞销，以及价格和广告该怎么调整。',
    aboutInsertSheet: '新建一张补货表，包含各列、公式、表头说明和示例行。不会修改已有的工作表。',
    aboutInsertShipments:
      '新建一张表登记每个在途货件（状态、ETA、签收数量）。补货表的在途数量和预计到仓日期取自这里；延误、丢失、已过 ETA 和签收短少的货件会被标出。',
    aboutInsertRanks:
      '新建一张表按天记录关键词排名及你上下的竞品：侧边栏据此显示排名下滑和需要夺回的关键词。',
    aboutCheckShipments:
      '把以文字输入的日期转为日期，把新的 SKU 行关联到货件表，刷新异常颜色，并提示需要关注的货件。',
    aboutAddRankRows: '在最后一行下方复制每个 SKU 最近的关键词清单并填上今天的日期：填上排名即可。',
    aboutRefreshColours: '为当前工作表的可售天数列和断货阶段列着色。你自己设置的颜色规则保持不变。',
    aboutOpenSidebar: '显示所选 SKU 的操作清单，并算好相关数字。',
    aboutSettings: '预警天数和颜色、默认安全库存天数和补货周期、销量权重：随本表格保存。',
    aboutFunctions: '可在任意单元格使用的公式：{functions}。',
    aboutPrivacy: '所有数据都留在本表格中，不会发送到任何地方。',
    failed: '断货应对手册未能完成操作：{detail}',
  },
};
