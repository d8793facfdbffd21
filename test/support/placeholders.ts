// The `{name}` placeholders of a message text, sorted: both languages of a message must have the same.

export function placeholders(text: string): (string | undefined)[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
