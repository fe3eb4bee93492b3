/** The value given most often; on a tie, the one seen first (inputs come in a stable order). */
export function mostFrequent<T>(values: Iterable<T>): T | undefined {
  const counts = new Map<T, number>()
  let best: T | undefined
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1
    counts.set(value, count)
    if (best === undefined || count > counts.get(best)!) best = value
  }
  return best
}
