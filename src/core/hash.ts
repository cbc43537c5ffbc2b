/** A short, stable hash of a text (FNV-1a, 32 bits, base 36): the same text gives the same hash on every load. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
