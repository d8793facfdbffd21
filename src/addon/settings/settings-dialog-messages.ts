// The settings dialog's own words (titles, hints, buttons, outcomes), in both languages.

import type { Catalog } from '../../core/i18n/locale';
import type { SettingsSection } from '../../core/settings/settings-sections';

/** The title of each section of the dialog, e.g. `section.price`. */
export type SettingsSectionTitle = `section.${SettingsSection}`;

export type SettingsDialogMessageKey =
  | 'title'
  | SettingsSectionTitle
  | 'sectionPhases'
  | 'coverHint'
  | 'defaultsHint'
  | 'weightsHint'
  | 'airTransitHint'
  | 'priceHint'
  | 'adsHint'
  | 'recoveryHint'
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
  | 'storedUnreadable'
  | 'storedInvalid'
  | 'storedNewer';

export const SETTINGS_DIALOG_MESSAGES: Catalog<SettingsDialogMessageKey> = {
  en: {
    title: 'Stockout Playbook settings',
    'section.thresholds': 'Colours & thresholds',
    'section.replenishment': 'Replenishment',
    'section.price': 'Price',
    'section.ads': 'Ads',
    'section.recovery': 'Recovery',
    sectionPhases: 'Phase colours',
    coverHint:
      'Cells at or under the air-freight alert turn its colour first; then those at or under the order-by-sea alert; above the overstock line, the overstock colour.',
    defaultsHint: 'Used where a row leaves the column blank, and in new replenishment sheets.',
    weightsHint: 'How much the 7-, 14- and 30-day sales count in the daily sales (any scale).',
    airTransitHint:
      'From sending an emergency air or express shipment to units sellable in FBA; decides how many units it must carry.',
    priceHint:
      'The projected stockout gap decides the price advice: up to the short gap, keep the price; over the long gap, price cannot fix it; in between, raise it by the range below, never by more than the single-raise cap.',
    adsHint:
      'Before a stockout, cut the daily ad budget and core keyword bids by these amounts; never switch all ads off.',
    recoveryHint:
      'After a restock: start the discount inside its band, then step back to full price; no discount ever takes half the price or more. The ad budget rises to these multiples of the pre-stockout budget.',
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
    storedUnreadable:
      'The saved settings could not be read, so the playbook defaults are shown. Saving replaces them.',
    storedInvalid:
      'The saved settings break a rule, so the playbook defaults are shown. Saving replaces them.',
    storedNewer:
      'These settings were saved by a newer version of the add-on; saving here keeps only what this version knows.',
  },
  'zh-CN': {
    title: '断货应对手册设置',
    'section.thresholds': '颜色与预警线',
    'section.replenishment': '补货',
    'section.price': '价格',
    'section.ads': '广告',
    'section.recovery': '断货后恢复',
    sectionPhases: '断货阶段颜色',
    coverHint:
      '可售天数不超过空运预警的单元格优先显示其颜色；其次是不超过海运下单预警的；超过滞销线的显示滞销颜色。',
    defaultsHint: '在某行该列留空时使用，也用于新插入的补货表。',
    weightsHint: '7、14、30 天销量在日均销量中的权重（比例即可）。',
    airTransitHint: '从发出紧急空运或快递到货物在 FBA 可售的天数；决定这批货需要带多少件。',
    priceHint:
      '预计断货天数决定价格建议：不超过短断货期时维持原价；超过长断货期时靠价格已无法解决；介于两者之间时按下面的幅度提价，但单次提价不超过上限。',
    adsHint: '断货前，将每日广告预算和核心关键词竞价按以下幅度下调；不要把广告全部关停。',
    recoveryHint:
      '到货后：折扣从区间内起步，再分步回到原价；任何折扣都不能达到原价的一半或更多。广告预算提高到断货前预算的以下倍数。',
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
    storedUnreadable: '无法读取已保存的设置，因此显示手册默认值。保存后将替换原设置。',
    storedInvalid: '已保存的设置不符合规则，因此显示手册默认值。保存后将替换原设置。',
    storedNewer: '这些设置由更新版本的插件保存；在此保存只会保留本版本认识的内容。',
  },
};
