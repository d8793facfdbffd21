// Checks a tick sent by the sidebar before anything is read or written: shape, types, rule, phase,
// stockout cycle.

import type { Locale } from '../../core/i18n/locale';
import { quoteValue } from '../../core/input-error';
import { isIsoDate } from '../../core/iso-date';
import { PHASES, type Phase } from '../../core/phase';
import { isRuleId, isTickable, RULE_BOOK } from '../../core/plan/rule-book';
import { sameKey } from '../../core/same-key';
import { PLAYBOOK_LOG_SHEET } from '../playbook-log/playbook-log';
import { EndpointError } from './endpoint-error';
import type { ChecklistTick } from './sidebar-api';
import { SIDEBAR_ENDPOINT_MESSAGES } from './sidebar-endpoint-messages';

/** Longest SKU or sheet name accepted; real ones are far shorter. */
export const MAX_TEXT = 200;

/**
 * The payload as a ChecklistTick, or an EndpointError naming the first thing wrong. Whether the
 * SKU exists is checked against the sheet afterwards.
 */
export function checkTickPayload(payload: unknown, locale: Locale): ChecklistTick {
  const fail = (key: ConstructorParameters<typeof EndpointError>[0], params = {}) =>
    new EndpointError(key, params, locale);
  const words = SIDEBAR_ENDPOINT_MESSAGES[locale];
  const describe = (value: unknown): string => describeValue(value, words);
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw fail('notAnObject', { value: describe(payload) });
  }
  const input = payload as Record<string, unknown>;
  const text = (field: string): string => {
    const value = input[field];
    if (typeof value !== 'string' || value.trim() === '') {
      throw fail('wrongType', { field, expected: words['type.text'], value: describe(value) });
    }
    if (value.length > MAX_TEXT)
      throw fail('tooLong', { field, max: MAX_TEXT, length: value.length });
    return value.trim();
  };

  const sheet = text('sheet');
  // The log records ticks; a SKU is ticked on its own sheet, never on the log itself.
  if (sameKey(sheet) === sameKey(PLAYBOOK_LOG_SHEET)) throw fail('logSheet', { sheet });
  const sku = text('sku');
  const phase = input.phase;
  if (!isPhase(phase)) throw fail('unknownPhase', { phase: describe(phase) });
  const rule = input.rule;
  if (!isRuleId(rule)) throw fail('unknownRule', { rule: describe(rule) });
  if (!RULE_BOOK[rule].phases.includes(phase)) throw fail('ruleNotInPhase', { rule, phase });
  if (!isTickable(rule)) throw fail('notTickable', { rule });
  const done = input.done;
  if (typeof done !== 'boolean') {
    throw fail('wrongType', {
      field: 'done',
      expected: words['type.boolean'],
      value: describe(done),
    });
  }
  // The cycle the checklist belongs to, as the sidebar was given it: '' or a restock day.
  // Left out, the server ticks the cycle the SKU's row is in now.
  const cycle = input.cycle;
  if (cycle === undefined) return { sheet, sku, phase, rule, done };
  if (typeof cycle !== 'string' || (cycle !== '' && !isIsoDate(cycle))) {
    throw fail('badCycle', { value: describe(cycle) });
  }
  return { sheet, sku, phase, rule, done, cycle };
}

/** Any phase: which rules a phase's checklist holds is the rule book's (HEALTHY: the order only). */
function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

/** A value the page sent, in the reader's words: a kind for what is not text or a number. */
function describeValue(
  value: unknown,
  words: (typeof SIDEBAR_ENDPOINT_MESSAGES)[keyof typeof SIDEBAR_ENDPOINT_MESSAGES],
): string {
  if (value === undefined) return words['value.nothing'];
  if (value === null) return words['value.null'];
  if (Array.isArray(value)) return words['value.list'];
  if (typeof value === 'object') return words['value.object'];
  return quoteValue(value);
}
