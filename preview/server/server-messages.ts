// What `npm start` prints (ready, where, problems with a CSV), in both languages.

import type { Catalog } from '../../src/core/i18n/locale';

export type ServerMessageKey =
  | 'ready'
  | 'openHint'
  | 'stopHint'
  | 'loadedSample'
  | 'loadedCsv'
  | 'csvMissing'
  | 'csvUnreadable'
  | 'csvEmpty'
  | 'csvNotCsv'
  | 'portBusy'
  | 'badPort'
  | 'noSidebar'
  | 'startFailed';

export const SERVER_MESSAGES: Catalog<ServerMessageKey> = {
  en: {
    ready: '{product} preview is running at {url} (started in {ms} ms)',
    openHint:
      'Open it in your browser. Everything runs on this computer; no Google account needed.',
    stopHint: 'Press Ctrl+C to stop.',
    loadedSample: 'Sheet: the built-in sample ({rows} SKUs).',
    loadedCsv: 'Sheet: {file} ({rows} rows).',
    csvMissing:
      'Cannot open {file}: there is no such file. Check the path (it is relative to {cwd}).',
    csvUnreadable: 'Cannot read {file}: {reason}.',
    csvEmpty: '{file} is empty: export the sheet again (File ▸ Download ▸ Comma-separated values).',
    csvNotCsv:
      '{file} is not a CSV file. Export the sheet with File ▸ Download ▸ Comma-separated values (.csv).',
    portBusy:
      'Port {port} is in use. Stop the other program or choose another: PORT=8081 npm start',
    badPort: 'PORT must be a number from 0 to 65535, got {port}.',
    noSidebar:
      'dist/Sidebar.html is missing, so the sidebar shows a placeholder. Run `npm run build` to build it.',
    startFailed: 'The preview could not start: {reason}',
  },
  'zh-CN': {
    ready: '{product}预览已在 {url} 运行（启动用时 {ms} 毫秒）',
    openHint: '请在浏览器中打开。全部在本机运行，无需 Google 账号。',
    stopHint: '按 Ctrl+C 停止。',
    loadedSample: '工作表：内置示例（{rows} 个 SKU）。',
    loadedCsv: '工作表：{file}（{rows} 行）。',
    csvMissing: '无法打开 {file}：文件不存在。请检查路径（相对于 {cwd}）。',
    csvUnreadable: '无法读取 {file}：{reason}。',
    csvEmpty: '{file} 是空文件：请重新导出（文件 ▸ 下载 ▸ 逗号分隔值）。',
    csvNotCsv: '{file} 不是 CSV 文件。请用“文件 ▸ 下载 ▸ 逗号分隔值（.csv）”导出表格。',
    portBusy: '端口 {port} 已被占用。请关闭占用的程序或换一个端口：PORT=8081 npm start',
    badPort: 'PORT 必须是 0 到 65535 之间的数字，当前为 {port}。',
    noSidebar: '缺少 dist/Sidebar.html，侧边栏将显示占位页面。请运行 `npm run build` 生成。',
    startFailed: '预览无法启动：{reason}',
  },
};
