// The settings dialog's own words (title, buttons, outcomes), in both languages; the settings'
// labels, hints and sections come from the schema.

import type { Catalog } from '../../core/i18n/locale';

export type SettingsDialogMessageKey =
  | 'title'
  | 'from'
  | 'to'
  | 'save'
  | 'cancel'
  | 'reset'
  | 'saving'
  | 'saved'
  | 'savedAndRecoloured'
  | 'fixProblems'
  | 'busy'
  | 'failed'
  | 'loading'
  | 'loadFailed'
  | 'allowed'
  | 'aboveZero'
  | 'under'
  | 'wholeNumbers'
  | 'storedUnreadable'
  | 'storedInvalid'
  | 'storedNewer';

export const SETTINGS_DIALOG_MESSAGES: Catalog<SettingsDialogMessageKey> = {
  en: {
    title: 'Stockout Playbook settings',
    from: 'from',
    to: 'to',
    save: 'Save',
    cancel: 'Cancel',
    reset: 'Playbook defaults',
    saving: 'Saving…',
    saved: 'Settings saved. Run Refresh colour rules on a sheet to colour it.',
    savedAndRecoloured: 'Settings saved; colour rules updated on {count} sheet(s).',
    fixProblems: 'Nothing was saved. Fix the marked fields:',
    busy: 'Someone else is saving settings right now; nothing was saved. Try again in a moment.',
    failed: 'Nothing was saved: {detail}',
    loading: 'Loading the settings…',
    loadFailed: 'The settings could not be loaded: {detail}',
    allowed: 'Allowed: {low} to {high}',
    aboveZero: 'above 0',
    under: 'under {max}',
    wholeNumbers: ', whole numbers',
    storedUnreadable:
      'The saved settings could not be read, so the playbook defaults are shown. Saving replaces them.',
    storedInvalid:
      'The saved settings break a rule, so the playbook defaults are shown. Saving replaces them.',
    storedNewer:
      'These settings were saved by a newer version of the add-on; saving here keeps only what this version knows.',
  },
  'zh-CN': {
    title: '断货应对手册设置',
    from: '从',
    to: '到',
    save: '保存',
    cancel: '取消',
    reset: '恢复手册默认值',
    saving: '正在保存…',
    saved: '设置已保存。在工作表上运行“刷新颜色规则”即可着色。',
    savedAndRecoloured: '设置已保存；已更新 {count} 个工作表的颜色规则。',
    fixProblems: '未保存任何内容。请修正标出的字段：',
    busy: '其他人正在保存设置，本次未保存。请稍后再试。',
    failed: '未保存任何内容：{detail}',
    loading: '正在加载设置…',
    loadFailed: '无法加载设置：{detail}',
    allowed: '允许范围：{low} 至 {high}',
    aboveZero: '大于 0',
    under: '小于 {max}',
    wholeNumbers: '，须为整数',
    storedUnreadable: '无法读取已保存的设置，因此显示手册默认值。保存后将替换原设置。',
    storedInvalid: '已保存的设置不符合规则，因此显示手册默认值。保存后将替换原设置。',
    storedNewer: '这些设置由更新版本的插件保存；在此保存只会保留本版本认识的内容。',
  },
};
