/**
 * Types for the search folding rules. The rules live once, in
 * templates/assets/search-fold.js, because the browser runs them on queries exactly as
 * the build runs them on text; see there.
 */
export { canonicalVietnamese, exactKey, foldedWords, foldToken, foldVietnamese, isTermKey, nameKey, tidySymbols, tokenize } from '../../templates/assets/search-fold.js'

export interface Token {
  exact: string
  folded: string
}
