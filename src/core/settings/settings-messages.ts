// The texts of what can be wrong with a setting, in both languages; the labels come from the schema.

import { type Catalog, LOCALES } from '../i18n/locale';
import { SETTING_KEYS } from './settings';
import { SETTINGS_SCHEMA, type SettingKey, type Texts } from './settings-schema';

/** The settings as a whole, when the object itself cannot be read. */
const WHOLE_SETTINGS: Texts = { en: 'Settings', 'zh-CN': '设置' };

/** A setting as a problem names it, or `settings` for the whole object. */
export type SettingsField = SettingKey | 'settings';

/** Each setting's label as the dialog shows it, from its declaration. */
export const SETTINGS_LABELS: Catalog<SettingsField> = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    {
      ...Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS_SCHEMA[key].label[locale]])),
      settings: WHOLE_SETTINGS[locale],
    },
  ]),
) as Catalog<SettingsField>;

export type SettingsProblemKey =
  | 'required'
  | 'notANumber'
  | 'notPositive'
  | 'negative'
  | 'notBelow'
  | 'badColour'
  | 'weightsShape'
  | 'weightsZero'
  | 'percentRange'
  | 'rangeShape'
  | 'rangeReversed'
  | 'notWhole'
  | 'tooLow'
  | 'tooHigh'
  | 'discountCeiling'
  | 'notAbove'
  | 'outsideBand'
  | 'notAnObject';

export const SETTINGS_PROBLEMS: Catalog<SettingsProblemKey> = {
  en: {
    required: '{field} is blank; fill it in',
    notANumber: '{field} must be a number, got {value}',
    notPositive: '{field} must be greater than 0, got {value}',
    negative: '{field} cannot be negative, got {value}',
    notBelow: '{field} ({value}) must be below {other} ({otherValue})',
    badColour: '{field} must be a colour like #ffe599, got {value}',
    weightsShape: '{field} must be three numbers, for 7, 14 and 30 days',
    weightsZero: '{field} must add up to more than 0',
    percentRange: '{field} must be from 0 to under 100 (never switch all ads off), got {value}',
    rangeShape: '{field} must be two numbers, the lower first',
    rangeReversed: '{field} must give the lower number first, got {value}',
    notWhole: '{field} must be a whole number, got {value}',
    tooLow: '{field} must be at least {min}, got {value}',
    tooHigh: '{field} must be at most {max}, got {value}',
    discountCeiling:
      '{field} must be at most {max}: no discount may ever take half the price or more, got {value}',
    notAbove: '{field} ({value}) must be above {other} ({otherValue})',
    outsideBand: '{field} ({value}) must lie within {other} ({otherValue})',
    notAnObject: 'the settings could not be read; nothing was saved',
  },
  'zh-CN': {
    required: '{field} 为空，请填写',
    notANumber: '{field} 必须是数字，当前为 {value}',
    notPositive: '{field} 必须大于 0，当前为 {value}',
    negative: '{field} 不能为负数，当前为 {value}',
    notBelow: '{field}（{value}）必须小于 {other}（{otherValue}）',
    badColour: '{field} 必须是颜色值，例如 #ffe599，当前为 {value}',
    weightsShape: '{field} 必须是三个数字，分别对应 7、14、30 天',
    weightsZero: '{field} 之和必须大于 0',
    percentRange: '{field} 必须在 0 到 100 之间且小于 100（广告不能全部关停），当前为 {value}',
    rangeShape: '{field} 必须是两个数字，较小的在前',
    rangeReversed: '{field} 应先写较小的数，当前为 {value}',
    notWhole: '{field} 必须是整数，当前为 {value}',
    tooLow: '{field} 不能低于 {min}，当前为 {value}',
    tooHigh: '{field} 不能超过 {max}，当前为 {value}',
    discountCeiling: '{field} 不能超过 {max}：任何折扣都不能达到原价的一半或更多，当前为 {value}',
    notAbove: '{field}（{value}）必须大于 {other}（{otherValue}）',
    outsideBand: '{field}（{value}）必须在 {other}（{otherValue}）之内',
    notAnObject: '无法读取设置，未保存任何内容',
  },
};
