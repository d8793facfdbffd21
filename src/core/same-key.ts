// How two spellings of a SKU, keyword or ASIN typed by hand are recognised as the same one.

/**
 * Trimmed, lower case, inner spaces collapsed.
 * @example sameKey(' Yoga  Mat ') === 'yoga mat'
 */
export function sameKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A word from a drop-down or typed by hand (a status, a mode, a keyword kind) folded for lookup:
 * full-width forms folded, lower case, spaces, underscores and hyphens dropped.
 * @example sameWord('In-Transit') === sameWord('in transit')
 */
export function sameWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}
