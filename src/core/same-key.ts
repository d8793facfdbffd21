// How two spellings of a SKU, keyword or ASIN typed by hand are recognised as the same one.

/**
 * Trimmed, lower case, inner spaces collapsed.
 * @example sameKey(' Yoga  Mat ') === 'yoga mat'
 */
export function sameKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
