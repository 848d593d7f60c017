/**
 * A number as Vietnamese writes it: "." groups thousands and "," is the decimal
 * mark ("2.157.119" = 2157119, "1,908" = 1.908, "3.798,254" = 3798.254); the
 * thousands may be written as a word between the groups ("1 nghìn 676,2" =
 * 1676.2, matched folded as "1 nghin 676,2").
 */
export const VIETNAMESE_NUMBER = String.raw`\d{1,3}\s+(?:nghin|ngan)\s+\d{3}(?:,\d+)?(?!\d)|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

export function parseVietnameseNumber(written: string): number {
  const words = /^(\d{1,3})\s+(?:nghin|ngan|nghìn|ngàn)\s+(\d{3}(?:,\d+)?)$/.exec(written.trim());
  if (words) return Number(words[1]) * 1000 + parseVietnameseNumber(words[2]);
  const plain = written.replace(/\./g, '').replace(',', '.');
  const value = Number(plain);
  if (!Number.isFinite(value)) throw new Error(`Not a number: ${written}`);
  return value;
}

/** Rounds away binary noise (101.71 rather than 101.71000000000001). */
export function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
