/**
 * Dates as Vietnamese news writes them next to a citation: `19/5/2018`, `19-5-2018`,
 * `19.5.2018`, `19 tháng 5 năm 2018`. Returns ISO 8601 or undefined.
 */
export const DATE_SOURCE =
  '(\\d{1,2})\\s*(?:[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*|\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+)(\\d{4})'

const DATE = new RegExp(`^${DATE_SOURCE}`, 'u')

export function parseDate(text: string): string | undefined {
  const match = DATE.exec(text)
  if (!match) return undefined
  const day = Number(match[1])
  const month = Number(match[2] ?? match[3])
  const year = Number(match[4])
  if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1945 || year > 2100) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
