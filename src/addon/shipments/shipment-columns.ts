// R3, R10, R23, R32: the shipments sheet's columns: headers, notes, formats and checks.

import { column, linkedSkuColumn, type SheetColumn } from '../platform/sheet-table/sheet-column';

export const SHIPMENT_COLUMN_KEYS = [
  'shipmentId',
  'sku',
  'units',
  'mode',
  'shipDate',
  'eta',
  'status',
  'receivedUnits',
  'check',
  'notes',
] as const;
export type ShipmentColumnKey = (typeof SHIPMENT_COLUMN_KEYS)[number];

/** What a row needs to count: a SKU, the units and a status. The rest may be blank. */
export const SHIPMENT_REQUIRED: readonly ShipmentColumnKey[] = ['sku', 'units', 'status'];

const DATE = 'yyyy-mm-dd';
const UNITS = '#,##0';

/** The columns, in sheet order. */
export const SHIPMENT_COLUMNS: readonly SheetColumn<ShipmentColumnKey>[] = [
  column(
    'shipmentId',
    ['Shipment ID', 'The FBA shipment ID (FBA…) or your own reference.'],
    ['货件编号', 'FBA 货件编号（FBA…）或你自己的编号。'],
    {
      aliases: ['shipment', 'shipment id', 'fba shipment id', 'shipment-id', '货件号', '货件ID'],
      rules: ['R3'],
    },
  ),
  linkedSkuColumn(['R10']),
  column(
    'units',
    ['Units shipped', 'Units in this shipment for the SKU.'],
    ['发货数量', '该货件中此 SKU 的件数。'],
    {
      aliases: ['units', 'quantity', 'qty', 'quantity shipped', 'shipped', '数量', '件数'],
      numberFormat: UNITS,
      check: 'nonNegative',
      rules: ['R10'],
    },
  ),
  column(
    'mode',
    ['Mode', 'Sea, air, rail or express. Air and express are the emergency modes (R24).'],
    ['运输方式', '海运、空运、铁路或快递。空运和快递用于紧急补货（R24）。'],
    {
      aliases: ['shipping mode', 'transport', 'transport mode', 'method', '物流方式', '运输'],
      rules: ['R24'],
    },
  ),
  column('shipDate', ['Ship date', 'The day the goods left.'], ['发货日期', '货物发出的日期。'], {
    aliases: ['shipped date', 'date shipped', 'departure', '出货日期', '发运日期'],
    numberFormat: DATE,
    rules: ['R3'],
  }),
  column(
    'eta',
    [
      'ETA to FBA',
      'Expected day the goods reach the FBA warehouse. Update it as the shipment moves: the replenishment sheet takes the earliest ETA of the open shipments as the next arrival (R23).',
    ],
    [
      '预计到仓日期',
      '货物预计到达 FBA 仓库的日期，请随物流进度更新：补货表把未完结货件中最早的 ETA 作为下一批到仓日期（R23）。',
    ],
    {
      aliases: [
        'eta',
        'eta fba',
        'estimated arrival',
        'arrival',
        'arrival date',
        '预计到货日期',
        'ETA',
      ],
      numberFormat: DATE,
      rules: ['R3', 'R23'],
    },
  ),
  column(
    'status',
    [
      'Status',
      'Booked, in transit, customs, delayed, lost, receiving or received. Units of received and lost shipments no longer count as inbound (R10).',
    ],
    [
      '状态',
      '已订舱、运输中、清关中、延误、丢失、入仓中或已签收。已签收和丢失的货件不再计入在途（R10）。',
    ],
    { aliases: ['shipment status', '货件状态', '物流状态'], rules: ['R3', 'R10', 'R23'] },
  ),
  column(
    'receivedUnits',
    [
      'Received units',
      'Units FBA has checked in. Fewer than shipped on a received shipment means damage or loss: open a case (R32).',
    ],
    ['已签收数量', 'FBA 已入库的件数。已签收但少于发货数量说明有破损或丢失，请开案例索赔（R32）。'],
    {
      aliases: [
        'received',
        'units received',
        'quantity received',
        '已接收数量',
        '入库数量',
        '签收数量',
      ],
      numberFormat: UNITS,
      check: 'nonNegative',
      rules: ['R32'],
    },
  ),
  column(
    'check',
    [
      'Check',
      'Worked out: ETA passed and not received, delayed, lost, or received short (R3, R23, R32). Blank when all is well.',
    ],
    [
      '异常提示',
      '自动计算：ETA 已过仍未签收、延误、丢失或签收数量不足（R3、R23、R32）。一切正常时为空。',
    ],
    {
      aliases: ['flags', 'anomaly', 'anomalies', 'alert', '异常', '提示'],
      rules: ['R3', 'R23', 'R32'],
    },
  ),
  column(
    'notes',
    ['Notes', 'Carrier, tracking number, customs news.'],
    ['备注', '承运商、追踪号、清关进度等。'],
    { aliases: ['note', 'remarks', 'comment', '说明'], rules: ['R3'] },
  ),
];

/** The 1-based column number of a key in the inserted sheet. */
export function shipmentColumn(key: ShipmentColumnKey): number {
  return SHIPMENT_COLUMNS.findIndex((c) => c.key === key) + 1;
}
