import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/core/plan/build-plan';
import {
  isRuleId,
  isTickable,
  PLAN_RULES,
  RULE_BOOK,
  type RuleId,
} from '../../../src/core/plan/rule-book';
import { ALL_ROWS } from './sample-rows';

describe('playbook coverage (R6, R12–R43)', () => {
  it('lists exactly the order (R6) and the rules R12 to R43', () => {
    const expected = ['R6', ...Array.from({ length: 32 }, (_, i) => `R${i + 12}`)];
    expect([...PLAN_RULES]).toEqual(expected);
    expect(Object.keys(RULE_BOOK).sort()).toEqual([...expected].sort());
  });

  it('puts every rule into some phase’s plan', () => {
    const seen = new Set<RuleId>();
    for (const row of ALL_ROWS) for (const item of buildPlan(row)?.items ?? []) seen.add(item.rule);
    const unseen = PLAN_RULES.filter((rule) => !seen.has(rule));
    expect(unseen).toEqual([]);
  });

  it('only puts a rule into the phases and the kind the rule book gives it', () => {
    for (const row of ALL_ROWS) {
      const plan = buildPlan(row);
      for (const item of plan?.items ?? []) {
        const entry = RULE_BOOK[item.rule];
        expect(entry.phases, item.rule).toContain(plan?.phase);
        expect(item.kind, item.rule).toBe(entry.kind);
        expect(item.area, item.rule).toBe(entry.area);
      }
    }
  });

  it('never lists a rule twice in one plan', () => {
    for (const row of ALL_ROWS) {
      const rules = buildPlan(row)?.items.map((i) => i.rule) ?? [];
      expect(new Set(rules).size).toBe(rules.length);
    }
  });

  it('ticks actions and numbers, not warnings, and knows its own IDs', () => {
    expect(isTickable('R15')).toBe(true);
    expect(isTickable('R12')).toBe(true);
    expect(isTickable('R16')).toBe(false);
    expect(isRuleId('R43')).toBe(true);
    expect(isRuleId('R44')).toBe(false);
    expect(isRuleId('toString')).toBe(false);
    expect(isRuleId(12)).toBe(false);
  });
});
