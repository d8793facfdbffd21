// The report import's words on the server side: the summary, the marks it leaves in the sheet,
// the undo, and every refusal, in both languages.

import type { Catalog } from '../../core/i18n/locale';

export type ImportMessageKey =
  | 'title'
  | 'undoTitle'
  | 'statusHeader'
  | 'statusNote'
  | 'notInLatest'
  | 'summaryStock'
  | 'summaryHistory'
  | 'nothingChanged'
  | 'skippedLines'
  | 'lineProblem'
  | 'moreLines'
  | 'keptFormulas'
  | 'formulaColumns'
  | 'repeatedRows'
  | 'noReplenishmentSheet'
  | 'busy'
  | 'noText'
  | 'pastedText'
  | 'undoNothing'
  | 'undone'
  | 'undoKept'
  | 'undoMissingSheet'
  | 'historyCreated'
  | 'uploadExpired'
  | 'partReceived'
  | 'listSeparator';

export const IMPORT_MESSAGES: Catalog<ImportMessageKey> = {
  en: {
    title: 'Import Amazon report',
    undoTitle: 'Undo last import',
    statusHeader: 'Report status',
    statusNote:
      'Set by Import Amazon report. A SKU the latest report did not list keeps its row and its values and is marked here; the mark goes when a report lists it again.',
    notInLatest: 'Not in the latest report ({date}, {report})',
    summaryStock:
      '{report}: {rows} lines read. In “{sheet}”: {updated} SKUs updated, {added} added, {notListed} not in this report (kept and marked), {unchanged} unchanged.',
    summaryHistory:
      '{report}: {rows} lines read, {figures} SKU-days. In “{sheet}”: {added} rows added, {updated} updated, {unchanged} unchanged.',
    nothingChanged: 'Nothing changed: the sheet already holds these figures.',
    skippedLines: '{count} lines skipped:',
    lineProblem: 'line {line}: {text}',
    moreLines: '… and {count} more.',
    keptFormulas: '{count} cells hold a formula and were left as they are.',
    formulaColumns: 'Filled by a formula, so not updated: {columns}.',
    repeatedRows: 'SKU {sku} is on rows {rows}: only row {first} was updated.',
    noReplenishmentSheet:
      'No replenishment sheet found (a sheet with a SKU and an FBA available column). Insert one from the menu (Insert replenishment sheet), then import again.',
    busy: 'Someone else is changing the spreadsheet right now: nothing was imported. Try again in a moment.',
    noText: 'Paste a report or choose a file first.',
    pastedText: 'pasted text',
    undoNothing: 'There is no import to undo.',
    undone: 'Undid the import of {report} ({file}, {time}): {restored} cells restored.',
    undoKept: '{kept} cells changed since the import were left as they are.',
    undoMissingSheet: 'The sheet “{sheet}” no longer exists: its cells could not be restored.',
    historyCreated: 'Added the sheet “{sheet}” for the daily history.',
    uploadExpired: 'The file’s parts did not all arrive: nothing was imported. Import it again.',
    partReceived: 'Received part {index} of {count}; the import starts when all have arrived.',
    listSeparator: ', ',
  },
  'zh-CN': {
    title: '导入亚马逊报告',
    undoTitle: '撤销上次导入',
    statusHeader: '报告状态',
    statusNote:
      '由“导入亚马逊报告”填写。最新报告中没有的 SKU 保留其行和数值，并在此标注；之后的报告再次列出它时，标注自动清除。',
    notInLatest: '未出现在最新报告中（{date}，{report}）',
    summaryStock:
      '{report}：读取 {rows} 行。在“{sheet}”中：更新 {updated} 个 SKU，新增 {added} 个，{notListed} 个不在本报告中（保留并标注），{unchanged} 个无变化。',
    summaryHistory:
      '{report}：读取 {rows} 行，共 {figures} 个 SKU·日。在“{sheet}”中：新增 {added} 行，更新 {updated} 行，{unchanged} 行无变化。',
    nothingChanged: '没有变化：表格中已经是这些数字。',
    skippedLines: '跳过 {count} 行：',
    lineProblem: '第 {line} 行：{text}',
    moreLines: '……另有 {count} 行。',
    keptFormulas: '{count} 个单元格是公式，保持不变。',
    formulaColumns: '以下列由公式填写，未更新：{columns}。',
    repeatedRows: 'SKU {sku} 出现在第 {rows} 行：只更新了第 {first} 行。',
    noReplenishmentSheet:
      '没有找到补货表（含 SKU 列和 FBA 可售库存列的工作表）。请先从菜单“插入补货表”，再导入。',
    busy: '其他人正在修改此表格：未导入任何内容。请稍后再试。',
    noText: '请先粘贴报告或选择文件。',
    pastedText: '粘贴的文本',
    undoNothing: '没有可以撤销的导入。',
    undone: '已撤销 {report} 的导入（{file}，{time}）：恢复了 {restored} 个单元格。',
    undoKept: '{kept} 个单元格在导入后被修改过，保持不变。',
    undoMissingSheet: '工作表“{sheet}”已不存在：其中的单元格无法恢复。',
    historyCreated: '已添加工作表“{sheet}”，用于记录每日历史。',
    uploadExpired: '文件的各部分没有全部送达：未导入任何内容。请重新导入。',
    partReceived: '已收到第 {index} 部分，共 {count} 部分；全部收到后开始导入。',
    listSeparator: '、',
  },
};
