// The colour rules: the days-of-cover, phase and flag colours of the current sheet.

import type { Feature } from '../platform/feature-kit/feature';
import { COLOUR_RULES_MESSAGES } from './colour-rules-messages';
import { refreshSheetColours } from './refresh-sheet-colours';

export const COLOUR_RULES_FEATURE: Feature = {
  name: 'the colour rules',
  menu: [
    {
      id: 'refreshColourRules',
      caption: { en: 'Refresh colour rules', 'zh-CN': '刷新颜色规则' },
      about: {
        en: 'Colours the days-of-cover and phase columns of the current sheet. Your own colour rules stay as they are.',
        'zh-CN': '为当前工作表的可售天数列和断货阶段列着色。你自己设置的颜色规则保持不变。',
      },
      doc: 'Menu: refresh the colour rules.',
      section: 'sheets',
      order: 40,
      run: refreshSheetColours,
    },
  ],
  catalogs: { COLOUR_RULES_MESSAGES },
};
