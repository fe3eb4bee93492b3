/**
 * Orders strings by code point, not by locale: the same order on every machine, which
 * keeps builds byte-for-byte reproducible.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
