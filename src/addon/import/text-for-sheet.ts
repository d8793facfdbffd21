// Text from a report written so that it lands as the text it is, never as a formula.

/**
 * The value to hand setValues for a report's text: a leading apostrophe when the text would
 * otherwise be entered as a formula or a signed number ("=HYPERLINK(…)", "+1", "-", "@x", or a
 * text that already starts with an apostrophe). Sheets keeps the apostrophe out of the value.
 * @example asPlainText('=1+2') === "'=1+2"
 * @example asPlainText('MUG-1') === 'MUG-1'
 */
export function asPlainText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}
