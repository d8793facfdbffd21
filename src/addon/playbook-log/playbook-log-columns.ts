// The Playbook log's columns, in order: found by position, since the log is the add-on's own
// sheet, named the same in every language; headers in the seller's language, formats that keep
// SKUs and cycles as text.

import type { HeaderedColumn } from '../platform/sheet-table/sheet-column';

export type LogColumnKey = 'timestamp' | 'user' | 'sku' | 'phase' | 'rule' | 'state' | 'cycle';

export interface LogColumn extends HeaderedColumn<LogColumnKey> {
  readonly numberFormat?: string;
}

const column = (key: LogColumnKey, en: string, zh: string, numberFormat?: string): LogColumn => ({
  key,
  header: { en, 'zh-CN': zh },
  aliases: [],
  ...(numberFormat === undefined ? {} : { numberFormat }),
});

export const PLAYBOOK_LOG_COLUMNS: readonly LogColumn[] = [
  column('timestamp', 'Timestamp', '时间', 'yyyy-mm-dd hh:mm:ss'),
  column('user', 'User', '用户'),
  // SKUs stay text: "00123" keeps its zeros, "1-2" does not become a date.
  column('sku', 'SKU', 'SKU', '@'),
  column('phase', 'Phase', '阶段'),
  column('rule', 'Rule', '规则'),
  column('state', 'Done / undone', '完成 / 取消'),
  // Cycles stay text too, so a restock day is never turned into a date in another format. Added
  // last, so logs made before it keep their columns.
  column('cycle', 'Cycle (restock date)', '周期（到货日期）', '@'),
];
