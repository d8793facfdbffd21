// The report import: an Amazon report merged into the sheets, and undone.

import { entry, IMPORT_PAGE } from '../platform/feature-kit/entry-point';
import type { Feature } from '../platform/feature-kit/feature';
import { showImportDialog } from './import-dialog';
import { importAmazonReportEndpoint } from './import-globals';
import { IMPORT_MESSAGES } from './import-messages';
import { undoLastImport } from './undo-import';

export const IMPORT_FEATURE: Feature = {
  name: 'the report import',
  menu: [
    {
      id: 'showImportDialog',
      caption: { en: 'Import Amazon report', 'zh-CN': '导入亚马逊报告' },
      about: {
        en: 'Import Amazon report reads an FBA Inventory, Restock, Manage FBA Inventory, Business, All Orders or Inventory Ledger report into your sheets, losing nothing; Undo last import puts every changed cell back.',
        'zh-CN':
          '“导入亚马逊报告”把 FBA 库存、补货、管理库存、业务报告、所有订单或库存分类账报告读入表格，不丢失任何内容；“撤销上次导入”把改动的单元格全部恢复。',
      },
      doc: 'Menu: import an Amazon report.',
      section: 'data',
      order: 10,
      run: showImportDialog,
    },
    {
      id: 'undoLastImport',
      caption: { en: 'Undo last import', 'zh-CN': '撤销上次导入' },
      doc: 'Menu: undo the last report import.',
      section: 'data',
      order: 20,
      page: 'ImportDialog',
      run: undoLastImport,
    },
  ],
  endpoints: {
    importAmazonReport: entry(
      IMPORT_PAGE,
      'Import dialog: merge an Amazon report ({ text, fileName }) into the sheets.',
      ['request'],
      importAmazonReportEndpoint,
    ),
  },
  catalogs: { IMPORT_MESSAGES },
};
