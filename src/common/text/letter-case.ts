/** The text with its first letter in upper case: a title or a sentence start made from a phrase. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text with its first letter in lower case: a phrase set inside a sentence ("… bảo đảm an ninh"). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
