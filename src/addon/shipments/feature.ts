// The shipments sheet: every inbound shipment logged, linked to the replenishment sheet (R3, R10, R23).

import type { Feature } from '../platform/feature-kit/feature';
import { checkShipments } from './check-shipments';
import { insertShipmentsSheet } from './insert-shipments-sheet';
import { SHIPMENT_COLUMNS } from './shipment-columns';
import { SHIPMENTS_MESSAGES } from './shipments-messages';

export const SHIPMENTS_FEATURE: Feature = {
  name: 'the shipments sheet',
  menu: [
    {
      id: 'insertShipmentsSheet',
      caption: { en: 'Insert shipments sheet', 'zh-CN': '插入货件表' },
      about: {
        en: 'Adds a sheet to log every inbound shipment (status, ETA, received units). The replenishment sheet takes its inbound qty and next arrival from it; late, delayed, lost and short shipments are flagged.',
        'zh-CN':
          '新建一张表登记每个在途货件（状态、ETA、签收数量）。补货表的在途数量和预计到仓日期取自这里；延误、丢失、已过 ETA 和签收短少的货件会被标出。',
      },
      doc: 'Menu: insert a shipments sheet.',
      section: 'sheets',
      order: 20,
      run: insertShipmentsSheet,
    },
    {
      id: 'checkShipments',
      caption: { en: 'Check shipments', 'zh-CN': '检查货件' },
      about: {
        en: 'Turns dates typed as text into dates, links new SKU rows to the shipments, refreshes the flag colours and tells what needs attention.',
        'zh-CN':
          '把以文字输入的日期转为日期，把新的 SKU 行关联到货件表，刷新异常颜色，并提示需要关注的货件。',
      },
      doc: 'Menu: check the shipments sheet.',
      section: 'sheets',
      order: 60,
      run: checkShipments,
    },
  ],
  catalogs: { SHIPMENTS_MESSAGES },
  sheet: { columns: SHIPMENT_COLUMNS },
};
