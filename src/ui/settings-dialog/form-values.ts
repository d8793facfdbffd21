// The form's values: filled from a settings object (in the dialog's units), collected back into
// one as typed, and the server's problems marked on the inputs they concern.

import type { SettingsFieldProblem } from '../../addon/settings/settings-api';
import type { PlaybookSettings } from '../../core/settings/settings';
import { valueAt } from '../../core/settings/settings';

function inputs(form: HTMLElement): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[data-path]')];
}

function pathOf(input: HTMLInputElement): string {
  return input.getAttribute('data-path') ?? '';
}

/** Puts each value in its input: `salesWeights.2` takes the third weight. */
export function fillForm(form: HTMLElement, settings: PlaybookSettings): void {
  for (const input of inputs(form)) {
    const value = valueAt(settings, pathOf(input));
    input.value = value === undefined || value === null ? '' : String(value);
  }
}

/** The form's values as typed, in the settings object's shape (ranges and weights as arrays). */
export function collectForm(form: HTMLElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const input of inputs(form)) {
    const keys = pathOf(input).split('.');
    let node = out;
    keys.forEach((key, i) => {
      const next = keys[i + 1];
      if (next === undefined) {
        node[key] = input.value;
        return;
      }
      node[key] ??= /^\d+$/.test(next) ? [] : {};
      node = node[key] as Record<string, unknown>;
    });
  }
  return out;
}

/** Clears every problem shown. */
export function clearProblems(form: HTMLElement): void {
  for (const error of form.querySelectorAll('.error')) error.textContent = '';
  for (const input of inputs(form)) input.removeAttribute('aria-invalid');
}

/**
 * Shows each problem next to its setting and marks that setting's inputs; returns the first
 * marked input so the page can focus it.
 */
export function markProblems(
  form: HTMLElement,
  problems: readonly SettingsFieldProblem[],
): HTMLInputElement | undefined {
  let first: HTMLInputElement | undefined;
  for (const problem of problems) {
    const line = form.querySelector(`[id="error-${problem.field}"]`);
    if (line !== null) {
      line.textContent =
        line.textContent === '' ? problem.message : `${line.textContent} · ${problem.message}`;
    }
    for (const input of inputs(form)) {
      const path = pathOf(input);
      if (path === problem.field || path.startsWith(`${problem.field}.`)) {
        input.setAttribute('aria-invalid', 'true');
        first ??= input;
      }
    }
  }
  return first;
}
