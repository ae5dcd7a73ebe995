/**
 * Text handling of the Indonesian PostgreSQL search provider, as pure functions: which words
 * are indexed unstemmed (protected), and how a shopper's query becomes a tsquery with synonyms.
 */

export interface IndonesianTextOptions {
  /** Groups of words or phrases that find each other (Sentra's: backend/src/lib/search/dictionary.ts). */
  synonyms?: string[][]
  /** Words the stemmer mangles; indexed and matched as they are. */
  protected_words?: string[]
}

/** One word of a query, matched stemmed or exactly, optionally as a prefix. */
export interface QueryTerm {
  word: string
  exact: boolean
  prefix: boolean
}

/**
 * A query is a list of units (a word, or a phrase with synonyms). A unit matches when any of
 * its alternatives matches; an alternative matches when all of its terms do.
 */
export type QueryUnit = QueryTerm[][]

export type MatchStrategy = "all" | "any" | "last"

/** An alternative's identity, for sets of alternatives. */
export const alternativeKey = (alternative: QueryTerm[]): string =>
  alternative.map((term) => `${term.word}|${term.exact ? "exact" : "stemmed"}|${term.prefix ? "prefix" : "word"}`).join(" ")

/**
 * The units without the alternatives known to match no document (by `alternativeKey`). An
 * alternative that matches nothing changes neither what a unit matches nor how ts_rank_cd ranks
 * it, but ts_rank_cd's cost grows with every item of the tsquery: a typo's own prefix next to its
 * correction ("badung":* | "bandung") is left out. A unit keeps at least one alternative.
 */
export function withoutAlternatives(units: QueryUnit[], absent: ReadonlySet<string> | undefined): QueryUnit[] {
  if (!absent?.size) return units
  return units.map((unit) => {
    const kept = unit.filter((alternative) => !absent.has(alternativeKey(alternative)))
    return kept.length ? kept : unit
  })
}

// Words: letters and digits, with inner hyphens or apostrophes ("oleh-oleh", "t-shirt").
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu

/** Lower case without accents, the form the text search configurations produce. */
export function normalizeWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase()
}

export function tokenize(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => normalizeWord(match[0]))
}

export class IndonesianText {
  readonly protectedWords: ReadonlySet<string>
  private readonly synonyms = new Map<string, string[][]>()
  private readonly longestPhrase: number

  constructor(options: IndonesianTextOptions = {}) {
    this.protectedWords = new Set((options.protected_words ?? []).map(normalizeWord))
    let longest = 1
    for (const group of options.synonyms ?? []) {
      const members = [...new Set(group.map((member) => tokenize(member).join(" ")).filter(Boolean))]
      const alternatives = members.map((member) => member.split(" "))
      for (const member of members) {
        // A phrase in two groups gets the union of both.
        const known = this.synonyms.get(member) ?? []
        const merged = [...known, ...alternatives.filter((alt) => !known.some((k) => k.join(" ") === alt.join(" ")))]
        this.synonyms.set(member, merged)
        longest = Math.max(longest, member.split(" ").length)
      }
    }
    this.longestPhrase = longest
  }

  isProtected(word: string): boolean {
    return this.protectedWords.has(word)
  }

  /**
   * Splits a field's text for indexing: `stemmed` is the text with every protected word blanked
   * out (same length, so offsets are kept), `exact` lists the protected words it contained.
   */
  splitForIndexing(text: string): { stemmed: string; exact: string } {
    if (!this.protectedWords.size || !text) {
      return { stemmed: text ?? "", exact: "" }
    }
    const exact: string[] = []
    const stemmed = text.replace(WORD, (word) => {
      const normalized = normalizeWord(word)
      if (!this.protectedWords.has(normalized)) {
        return word
      }
      exact.push(normalized)
      return " ".repeat(word.length)
    })
    return { stemmed, exact: exact.join(" ") }
  }

  /**
   * The units of a shopper query. Phrases known as synonyms are matched longest first; with the
   * "last" strategy the final word is also matched as a prefix (typeahead), stemmed or exactly,
   * so "kerip" reaches "keripik" whichever way that word was indexed.
   */
  planQuery(q: string, strategy: MatchStrategy = "all", corrections: ReadonlyMap<string, string[]> = new Map()): QueryUnit[] {
    const words = tokenize(q)
    const units: QueryUnit[] = []
    let i = 0
    while (i < words.length) {
      let matched = false
      for (let length = Math.min(this.longestPhrase, words.length - i); length >= 1 && !matched; length--) {
        const phrase = words.slice(i, i + length).join(" ")
        const alternatives = this.synonyms.get(phrase)
        if (!alternatives) {
          continue
        }
        const isLast = i + length === words.length
        units.push(this.unitFor(words.slice(i, i + length), alternatives, strategy === "last" && isLast))
        i += length
        matched = true
      }
      if (!matched) {
        // A misspelt word also matches its corrections, and what they are synonyms of.
        const fixes = (corrections.get(words[i]) ?? []).flatMap((fix) => this.synonyms.get(fix) ?? [[fix]])
        const alternatives = [[words[i]], ...fixes.filter((fix) => fix.join(" ") !== words[i])]
        units.push(this.unitFor([words[i]], alternatives, strategy === "last" && i === words.length - 1))
        i += 1
      }
    }
    return units
  }

  private unitFor(typed: string[], alternatives: string[][], prefixLast: boolean): QueryUnit {
    const unit: QueryUnit = alternatives.map((alternative) =>
      alternative.map((word) => ({ word, exact: this.isProtected(word), prefix: false }))
    )
    if (prefixLast) {
      // The word being typed may be unfinished: also match it as a prefix, in both forms.
      const head = typed.slice(0, -1).map((word) => ({ word, exact: this.isProtected(word), prefix: false }))
      const last = typed[typed.length - 1]
      unit.push([...head, { word: last, exact: false, prefix: true }])
      unit.push([...head, { word: last, exact: true, prefix: true }])
    }
    return unit
  }
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
      }
    }
  }
  return d[a.length][b.length]
}

export interface TypoRules {
  /** Shortest word that may have one typo. */
  oneTypo: number
  /** Shortest word that may have two. */
  twoTypos: number
}

/**
 * Spellings one transposition or one extra letter away from a word ("bmabu" → "bambu",
 * "kopii" → "kopi"): the typos trigram similarity misses, as they share few trigrams with
 * the intended word. Looked up exactly in the vocabulary.
 */
export function editVariants(word: string): string[] {
  const variants = new Set<string>()
  for (let i = 0; i < word.length - 1; i++) {
    variants.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
  }
  for (let i = 0; i < word.length; i++) {
    variants.add(word.slice(0, i) + word.slice(i + 1))
  }
  variants.delete(word)
  return [...variants].filter((variant) => variant.length >= 3)
}

/** The words of a query worth correcting: unknown words long enough to hold a typo. */
export function typoCandidates(q: string, rules: TypoRules): string[] {
  return [...new Set(tokenize(q))].filter((word) => word.length >= rules.oneTypo && !/^[0-9]+$/.test(word))
}

/**
 * Corrections of a query's words from the index's vocabulary: `similar` maps each typed word to
 * vocabulary words that look alike (trigram neighbours). A word found as typed is not
 * corrected; otherwise its neighbours within the allowed edit distance are its corrections.
 */
export function pickCorrections(similar: ReadonlyMap<string, string[]>, rules: TypoRules): Map<string, string[]> {
  const corrections = new Map<string, string[]>()
  for (const [word, neighbours] of similar) {
    if (neighbours.includes(word)) {
      continue
    }
    const allowed = word.length >= rules.twoTypos ? 2 : 1
    const fixes = neighbours.filter((candidate) => editDistance(word, candidate) <= allowed)
    if (fixes.length) {
      corrections.set(word, fixes)
    }
  }
  return corrections
}
