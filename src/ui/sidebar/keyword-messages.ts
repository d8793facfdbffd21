// The sidebar's keyword panel words (R22, R30, R31, R37, R43), in English and Simplified Chinese.

import type { Catalog } from '../../core/i18n/locale';

const EN = {
  'title.PRE_STOCKOUT': 'Keyword ranks',
  'title.OUT_OF_STOCK': 'Biggest falls so far',
  'title.RECOVERY': 'Keywords to win back',
  logToday:
    "Log today's ranks of the core and long-tail keywords, and the competitors around them: menu › Add today's rank rows.",
  lastLogged: 'Last logged {date} ({days} days ago).',
  loggedToday: 'Logged today: well done.',
  neverLogged: 'Nothing logged yet for this SKU.',
  noSheet: 'No keyword-rank sheet yet: menu › Insert keyword-rank sheet.',
  noFalls: 'No fall logged yet. Keep logging the ranks daily.',
  noSprint:
    'No core keyword fell hard. Keep tracking them daily; reduce ads once ranks hold at the pre-stockout level.',
  target: 'target #{rank}',
  now: 'now {rank}',
  worst: 'worst {rank}',
  from: 'was #{rank}',
  places: '−{places}',
  offRange: 'not found',
  done: 'Back at its target',
  open: 'Still below its target',
  takenBy: 'Took our place: {list}',
  competitor: '{asin} (#{rank})',
  sprintNote: 'Bid up these first; reduce ads once all are back (R43).',
  'severity.SEVERE': 'severe',
  'severity.MODERATE': 'marked',
  'severity.STABLE': 'slight',
  'severity.RECOVERED': 'recovered',
  'kind.core': 'core',
  'kind.long-tail': 'long-tail',
  listSeparator: ', ',
} as const;

export type KeywordTextKey = keyof typeof EN;

export const KEYWORD_TEXTS: Catalog<KeywordTextKey> = {
  en: EN,
  'zh-CN': {
    'title.PRE_STOCKOUT': '关键词排名',
    'title.OUT_OF_STOCK': '目前下滑最多的关键词',
    'title.RECOVERY': '需要夺回的关键词',
    logToday: '记录今天核心词和长尾词的排名，以及上下的竞品：菜单 › 添加今天的排名行。',
    lastLogged: '上次记录：{date}（{days} 天前）。',
    loggedToday: '今天已记录，很好。',
    neverLogged: '此 SKU 还没有排名记录。',
    noSheet: '还没有关键词排名表：菜单 › 插入关键词排名表。',
    noFalls: '尚未记录到排名下滑。请继续每天记录排名。',
    noSprint: '没有核心词大幅下滑。请继续每天跟踪；排名稳定在断货前水平后再减少广告。',
    target: '目标 #{rank}',
    now: '当前 {rank}',
    worst: '最低 {rank}',
    from: '原为 #{rank}',
    places: '−{places}',
    offRange: '未找到',
    done: '已回到目标',
    open: '仍低于目标',
    takenBy: '抢占我们位置的竞品：{list}',
    competitor: '{asin}（#{rank}）',
    sprintNote: '优先提高这些词的出价；全部回到目标后再减少广告（R43）。',
    'severity.SEVERE': '严重',
    'severity.MODERATE': '明显',
    'severity.STABLE': '轻微',
    'severity.RECOVERED': '已恢复',
    'kind.core': '核心',
    'kind.long-tail': '长尾',
    listSeparator: '、',
  },
};
