/** The text with its first letter in upper case: a title or a sentence start made from a phrase. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The text with its first letter in lower case: a phrase set inside a sentence ("… bảo đảm an ninh"); an abbreviation
 * keeps its capitals ("UBND tỉnh …").
 */
export function lowerFirst(text: string): string {
  if (/^\p{Lu}[\p{L}\p{M}]*\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
