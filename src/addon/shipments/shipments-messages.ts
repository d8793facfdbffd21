// The shipments sheet's own words: sheet name, example notes, flags, validation help and toasts.

import type { Catalog } from '../../core/i18n/locale';

export type ShipmentsMessageKey =
  | 'title'
  | 'sheetName'
  | 'inserted'
  | 'linked'
  | 'keptTyped'
  | 'noReplenishment'
  | 'exampleInTransit'
  | 'exampleCustoms'
  | 'exampleDelayed'
  | 'exampleLost'
  | 'exampleShort'
  | 'flagEtaPassed'
  | 'flagDelayed'
  | 'flagLost'
  | 'flagShort'
  | 'flagNotADate'
  | 'flagUnknownStatus'
  | 'helpStatus'
  | 'helpMode'
  | 'checked'
  | 'anomalies'
  | 'noAnomalies'
  | 'datesFixed'
  | 'noShipmentsSheet';

export const SHIPMENTS_MESSAGES: Catalog<ShipmentsMessageKey> = {
  en: {
    title: 'Shipments',
    sheetName: 'Shipments',
    inserted:
      "Inserted '{sheet}'. Rows {firstExample}–{lastExample} are examples (SKU starting with EXAMPLE-): delete them and log your own shipments.",
    linked:
      " Inbound qty and next arrival of {rows} SKU rows on '{sheet}' now come from the open shipments.",
    keptTyped:
      " Rows {rows} of '{sheet}' keep the inbound you typed: clear those two cells to take them from the shipments.",
    noReplenishment:
      ' Insert a replenishment sheet and its inbound qty and next arrival will come from these shipments.',
    exampleInTransit: 'Example, delete me: on the water; its units count as inbound.',
    exampleCustoms: 'Example, delete me: held in customs; the ETA is the next arrival.',
    exampleDelayed: 'Example, delete me: delayed and past its ETA: chase the forwarder (R3, R23).',
    exampleLost: 'Example, delete me: lost; no longer inbound. File a claim (R3).',
    exampleShort: 'Example, delete me: received 12 units short: open a case with Amazon (R32).',
    flagEtaPassed: 'ETA passed',
    flagDelayed: 'Delayed',
    flagLost: 'Lost',
    flagShort: 'Short by',
    flagNotADate: 'ETA is not a date',
    flagUnknownStatus: 'Status not in the list',
    helpStatus: 'Pick a status: {choices}.',
    helpMode: 'Pick a mode: {choices}.',
    checked:
      "'{sheet}': {open} open shipments, {units} units inbound. {anomalies}{dates}{linked}{problems}",
    anomalies:
      'To look at: {etaPassed} past their ETA, {delayed} delayed, {lost} lost, {short} received short.',
    noAnomalies: 'No anomalies.',
    datesFixed: ' {count} dates typed as text were turned into dates ({cells}).',
    noShipmentsSheet:
      'No shipments sheet was found (a sheet with SKU, units shipped and status headers). Insert one from the menu: Insert shipments sheet.',
  },
  'zh-CN': {
    title: '货件',
    sheetName: '货件跟踪',
    inserted:
      '已插入「{sheet}」。第 {firstExample}–{lastExample} 行是示例（SKU 以 EXAMPLE- 开头）：删除后登记你自己的货件。',
    linked: '「{sheet}」中 {rows} 个 SKU 行的在途数量和预计到仓日期现在取自未完结的货件。',
    keptTyped: '「{sheet}」第 {rows} 行保留你填写的在途数量：清空这两个单元格即可改为取自货件表。',
    noReplenishment: '插入补货表后，其在途数量和预计到仓日期将取自这些货件。',
    exampleInTransit: '示例，可删除：海上运输中，计入在途数量。',
    exampleCustoms: '示例，可删除：清关中，其 ETA 即下一批到仓日期。',
    exampleDelayed: '示例，可删除：延误且已过 ETA：请催促货代（R3、R23）。',
    exampleLost: '示例，可删除：已丢失，不再计入在途。请申请索赔（R3）。',
    exampleShort: '示例，可删除：签收少了 12 件：请向亚马逊开案例（R32）。',
    flagEtaPassed: 'ETA 已过',
    flagDelayed: '延误',
    flagLost: '丢失',
    flagShort: '短少',
    flagNotADate: 'ETA 不是日期',
    flagUnknownStatus: '状态不在列表中',
    helpStatus: '请选择状态：{choices}。',
    helpMode: '请选择运输方式：{choices}。',
    checked:
      '「{sheet}」：{open} 个未完结货件，在途 {units} 件。{anomalies}{dates}{linked}{problems}',
    anomalies:
      '需关注：{etaPassed} 个已过 ETA，{delayed} 个延误，{lost} 个丢失，{short} 个签收短少。',
    noAnomalies: '没有异常。',
    datesFixed: '{count} 个以文字输入的日期已转换为日期（{cells}）。',
    noShipmentsSheet:
      '没有找到货件表（含 SKU、发货数量和状态表头的工作表）。请从菜单插入：插入货件表。',
  },
};
