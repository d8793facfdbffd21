// The words of the sidebar's server side: why a tick was refused, and the Playbook log's headers.

import type { Catalog } from '../../core/i18n/locale';

export type SidebarEndpointMessageKey =
  | 'notAnObject'
  | 'wrongType'
  | 'tooLong'
  | 'logSheet'
  | 'rowUnreadable'
  | 'noPhase'
  | 'phaseChanged'
  | 'noSheet'
  | 'noSkuColumn'
  | 'unknownSku'
  | 'unknownPhase'
  | 'unknownRule'
  | 'ruleNotInPhase'
  | 'notTickable'
  | 'busy'
  | 'badCycle'
  | 'type.text'
  | 'type.boolean'
  | 'value.nothing'
  | 'value.null'
  | 'value.list'
  | 'value.object';

export const SIDEBAR_ENDPOINT_MESSAGES: Catalog<SidebarEndpointMessageKey> = {
  en: {
    notAnObject: 'The tick could not be read: expected the item’s details, got {value}.',
    wrongType: '{field} must be {expected}, got {value}.',
    tooLong: '{field} is too long: at most {max} characters, got {length}.',
    logSheet:
      "Ticks are saved on '{sheet}', not made there: select the SKU's row on its replenishment sheet.",
    rowUnreadable: "'{sku}' cannot be ticked while its row has a problem: {problem}.",
    noPhase: "'{sku}' has no stock or sales figures, so it has no checklist to tick.",
    phaseChanged:
      "'{sku}' is now in {now}, not {phase}: its checklist has changed. Press ↻ to see the new one.",
    noSheet: "There is no sheet named '{sheet}' any more; select the SKU's row again.",
    noSkuColumn: "'{sheet}' has no SKU column.",
    unknownSku: "'{sku}' is not a SKU on '{sheet}'; it may have been renamed or deleted.",
    unknownPhase: '{phase} is not a phase of the playbook.',
    unknownRule: '{rule} is not a rule of the playbook checklist.',
    ruleNotInPhase: 'Rule {rule} is not on the {phase} checklist.',
    notTickable: 'Rule {rule} is a caution to read; it has no checkbox.',
    busy: 'Someone else is saving a tick right now; try again in a moment.',
    badCycle: 'cycle must be a restock date written YYYY-MM-DD, or empty; got {value}.',
    'type.text': 'a text',
    'type.boolean': 'true or false',
    'value.nothing': 'nothing',
    'value.null': 'null',
    'value.list': 'a list',
    'value.object': 'an object',
  },
  'zh-CN': {
    notAnObject: '无法读取勾选内容：应为清单项的详细信息，实际为 {value}。',
    wrongType: '{field} 必须是{expected}，当前为 {value}。',
    tooLong: '{field} 过长：最多 {max} 个字符，当前为 {length} 个。',
    logSheet: '勾选记录保存在「{sheet}」中，不能在此勾选：请在补货表中选中 SKU 所在的行。',
    rowUnreadable: '「{sku}」所在行有问题，暂时无法勾选：{problem}。',
    noPhase: '「{sku}」没有库存或销量数据，因此没有可勾选的清单。',
    phaseChanged: '「{sku}」现在处于 {now} 阶段，而不是 {phase}：清单已变化。请按 ↻ 查看新的清单。',
    noSheet: '已找不到名为「{sheet}」的工作表，请重新选中 SKU 所在的行。',
    noSkuColumn: '「{sheet}」没有 SKU 列。',
    unknownSku: '「{sku}」不是「{sheet}」中的 SKU，可能已被改名或删除。',
    unknownPhase: '{phase} 不是操作手册中的阶段。',
    unknownRule: '{rule} 不是操作清单中的规则。',
    ruleNotInPhase: '规则 {rule} 不在 {phase} 阶段的清单中。',
    notTickable: '规则 {rule} 是注意事项，没有勾选框。',
    busy: '其他人正在保存勾选，请稍后再试。',
    badCycle: '到货周期必须是写作 YYYY-MM-DD 的到货日期，或留空；当前为 {value}。',
    'type.text': '文本',
    'type.boolean': 'true 或 false',
    'value.nothing': '空值',
    'value.null': 'null',
    'value.list': '列表',
    'value.object': '对象',
  },
};
