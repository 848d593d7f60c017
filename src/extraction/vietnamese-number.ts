/**
 * A number as Vietnamese writes it: "." groups thousands and "," is the decimal
 * mark ("2.157.119" = 2157119, "1,908" = 1.908, "3.798,254" = 3798.254).
 */
export const VIETNAMESE_NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

export function parseVietnameseNumber(written: string): number {
  const plain = written.replace(/\./g, '').replace(',', '.');
  const value = Number(plain);
  if (!Number.isFinite(value)) throw new Error(`Not a number: ${written}`);
  return value;
}

/** Rounds away binary noise (101.71 rather than 101.71000000000001). */
export function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
