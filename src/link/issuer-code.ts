/**
 * Whether the issuer a citation names can be the body a symbol's code stands for.
 * Only ministries are compared: their codes are their initials (`BTP` Bộ Tư pháp,
 * `BVHTTDL` Bộ VH-TT-DL), so "Thông tư 15/2015 của Bộ Tư pháp" cannot be
 * 15/2015/TT-BVHTTDL. Anything else, or an issuer cut short ("Bộ Thông tin" for
 * `BTTTT`), is not taken as a conflict.
 */
export function issuerFits(issuer: string | undefined, key: string): boolean {
  const code = /^\d+[a-z]?[-/](?:(?:19|20)\d{2}\/)?[\p{L}Đđ]+-([\p{L}Đđ]+)/u.exec(key)?.[1]
  if (!issuer || !code || !/^Bộ\s/u.test(issuer)) return true
  const a = initials(issuer.replace(/^(Bộ\s+\S+(?:\s+\S+){0,4}).*$/u, '$1'))
  const b = plain(code).toUpperCase()
  return !b.startsWith('B') || a.startsWith(b) || b.startsWith(a)
}

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
}

/** `Bộ VH-TT-DL` → `BVHTTDL`, `Bộ Tư pháp` → `BTP`: capitalised abbreviations whole, other words by their first letter. */
function initials(text: string): string {
  return plain(text)
    .split(/[\s\-&,.]+/u)
    .filter(Boolean)
    .map((word) => (/^[A-Z]{2,}$/u.test(word) ? word : word[0]!.toUpperCase()))
    .join('')
}
