const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }

/** `XIII` → 13; NaN when not a Roman numeral. */
export function fromRoman(roman: string): number {
  let total = 0
  for (let i = 0; i < roman.length; i++) {
    const value = VALUES[roman[i] ?? '']
    const next = VALUES[roman[i + 1] ?? ''] ?? 0
    if (value === undefined) return Number.NaN
    total += value < next ? -value : value
  }
  return total
}

/** 13 → `XIII` (1–399, enough for congress terms and plenums). */
export function toRoman(value: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ]
  let rest = value
  let out = ''
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s
      rest -= n
    }
  }
  return out
}

/** A term as written (`XII`, `12`, `xii`) as a Roman numeral, or undefined. */
export function termAsRoman(written: string): string | undefined {
  if (/^\d{1,2}$/.test(written)) return toRoman(Number(written))
  const upper = written.toUpperCase()
  return /^[IVXLC]+$/.test(upper) && !Number.isNaN(fromRoman(upper)) ? upper : undefined
}
