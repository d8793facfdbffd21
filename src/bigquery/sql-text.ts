// GoogleSQL text pieces the generated file is made of: string literals, qualified names, comments.

/** Where the user's dataset goes: they replace it before running the file. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is this literal text.
export const DATASET = '${dataset}';

/** Where Airbyte writes the Amazon reports: replaced like DATASET (often the same dataset). */
// biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is this literal text.
export const AIRBYTE_DATASET = '${airbyte_dataset}';

/**
 * A GoogleSQL string literal in double quotes.
 * @example sqlString('say "hi"') === '"say \\"hi\\""'
 */
export function sqlString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** A name in our dataset, quoted as BigQuery wants a qualified name. */
export function qualified(name: string): string {
  return `\`${DATASET}.${name}\``;
}

/** A text as `--` comment lines of at most about `width` characters. */
export function sqlComment(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(`-- ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`-- ${line}`);
  return lines;
}

/** BigQuery refuses a function whose definition body is longer than this, in UTF-8 bytes. */
export const MAX_BODY_BYTES = 32_768;

/**
 * The length of a text in UTF-8 bytes, as BigQuery counts a definition body.
 * @example utf8Bytes('日均') === 6
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
