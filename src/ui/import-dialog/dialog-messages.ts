// The import dialog's own words, in both languages.

import type { Catalog } from '../../core/i18n/locale';

export type DialogTextKey =
  | 'intro'
  | 'pasteLabel'
  | 'placeholder'
  | 'chooseFile'
  | 'noFile'
  | 'fileChosen'
  | 'import'
  | 'close'
  | 'undo'
  | 'reading'
  | 'importing'
  | 'sending'
  | 'undoing'
  | 'failed'
  | 'empty'
  | 'unreadable'
  | 'hint';

export const DIALOG_TEXTS: Catalog<DialogTextKey> = {
  en: {
    intro:
      'Paste an Amazon report below, or choose the file you downloaded from Seller Central (.txt, .tsv or .csv). The add-on recognises the report by its header.',
    pasteLabel: 'Report text',
    placeholder: 'sku\tavailable\tinbound-quantity\t…',
    chooseFile: 'Choose file…',
    noFile: 'No file chosen: the text above is imported.',
    fileChosen: '{file} ({size}): read here, then sent to this spreadsheet only.',
    import: 'Import',
    close: 'Close',
    undo: 'Undo this import',
    reading: 'Reading {file}…',
    importing: 'Importing {lines} lines… A large report can take a minute; keep this dialog open.',
    sending: 'Sending part {part} of {count} of the file…',
    undoing: 'Undoing the import…',
    failed: 'The import could not finish: {detail}',
    empty: 'Paste a report or choose a file first.',
    unreadable: 'The file could not be read: {detail}',
    hint: 'Nothing is deleted: SKUs the report leaves out keep their rows and values. Undo last import (menu) puts every changed cell back.',
  },
  'zh-CN': {
    intro:
      '在下方粘贴亚马逊报告，或选择从卖家平台下载的文件（.txt、.tsv 或 .csv）。插件根据表头识别报告类型。',
    pasteLabel: '报告内容',
    placeholder: 'sku\tavailable\tinbound-quantity\t…',
    chooseFile: '选择文件…',
    noFile: '未选择文件：将导入上方粘贴的内容。',
    fileChosen: '{file}（{size}）：在本机读取，只发送到本表格。',
    import: '导入',
    close: '关闭',
    undo: '撤销本次导入',
    reading: '正在读取 {file}…',
    importing: '正在导入 {lines} 行……报告较大时可能需要一分钟，请不要关闭此窗口。',
    sending: '正在发送文件的第 {part} 部分，共 {count} 部分……',
    undoing: '正在撤销导入……',
    failed: '导入未能完成：{detail}',
    empty: '请先粘贴报告或选择文件。',
    unreadable: '无法读取文件：{detail}',
    hint: '不会删除任何内容：报告中没有的 SKU 保留其行和数值。菜单中的“撤销上次导入”可恢复所有改动的单元格。',
  },
};
