/**
 * Text as PostgreSQL full text search sees it: the stemmed and exact vectors a document's fields
 * are indexed as, and the tsquery a shopper's query becomes (see text.ts for the words).
 */
import type { IndexPlan } from "./medusa"
import type { IndonesianText, QueryUnit } from "./text"

/** The text search configurations the migrations create (stemmed, and exact for protected words). */
export const STEMMED_CONFIG = "medusa_search_indonesian"
export const EXACT_CONFIG = "medusa_search_indonesian_exact"

type Weight = "A" | "B" | "C" | "D"

/** Stemmed lexemes of each part without its protected words, plus the protected words exactly. */
export function searchVectorSql(text: IndonesianText, weightedParts: { text: string; weight: Weight }[], params: unknown[]): string {
  if (!weightedParts.length) {
    return `''::tsvector`
  }
  return weightedParts
    .map((part) => {
      const { stemmed, exact } = text.splitForIndexing(part.text)
      params.push(stemmed, exact)
      return `setweight(to_tsvector('${STEMMED_CONFIG}', coalesce(?, '')) || to_tsvector('${EXACT_CONFIG}', coalesce(?, '')), '${part.weight}')`
    })
    .join(" || ")
}

/** The same split, done in SQL on the stored values of some fields (searching a subset of them). */
export function fieldsVectorSql(text: IndonesianText, paths: string[], plan: IndexPlan): string {
  if (!paths.length) {
    return `''::tsvector`
  }
  const protectedList = [...text.protectedWords].filter((word) => /^[a-z0-9-]+$/.test(word))
  const protectedArray = `ARRAY[${protectedList.map((word) => `'${word}'`).join(",")}]::text[]`
  return paths
    .map((path) => {
      const planned = plan.fields.get(path)
      const searchable = planned?.field.searchable
      const weight = weightLabel(typeof searchable === "object" ? searchable.weight : undefined)
      const value = `coalesce(indexed#>>'{${path.split(".").join(",")}}', '')`
      const exact = protectedList.length
        ? ` || array_to_tsvector(ARRAY(SELECT unnest(tsvector_to_array(to_tsvector('${EXACT_CONFIG}', ${value}))) INTERSECT SELECT unnest(${protectedArray})))`
        : ""
      return `setweight(to_tsvector('${STEMMED_CONFIG}', ${value})${exact}, '${weight}')`
    })
    .join(" || ")
}

/** A query's units as one tsquery: all of them (`&&`), or any (`||`). */
export function queryTsquery(units: QueryUnit[], any: boolean, params: unknown[]): string {
  if (!units.length) {
    // Punctuation only: a query nothing matches, rather than one that matches everything.
    params.push("")
    return `plainto_tsquery('${STEMMED_CONFIG}', ?)`
  }
  return `(${units.map((unit) => unitSql(unit, params)).join(any ? " || " : " && ")})`
}

/** One unit: the OR of its alternatives, each the AND of its terms. */
export function unitSql(unit: QueryUnit, params: unknown[]): string {
  const alternatives = unit.map((terms) => {
    const parts = terms.map((term) => {
      params.push(term.word)
      const config = term.exact ? EXACT_CONFIG : STEMMED_CONFIG
      const parsed = `plainto_tsquery('${config}', ?)`
      // Same rewrite as Medusa's "last" strategy: the final lexeme becomes a prefix match.
      return term.prefix ? `regexp_replace(${parsed}::text, '''([^'']+)''$', '''\\1'':*')::tsquery` : parsed
    })
    return parts.length === 1 ? parts[0] : `(${parts.join(" && ")})`
  })
  // sentra_search_any (migrations): the alternatives with duplicates and covered lexemes removed.
  return alternatives.length === 1 ? alternatives[0] : `sentra_search_any(ARRAY[${alternatives.join(", ")}])`
}

/** Field weight → tsvector label, as Medusa's provider maps it. */
function weightLabel(weight: number | undefined): Weight {
  const value = weight ?? 1
  if (value >= 3) return "A"
  if (value >= 2) return "B"
  if (value > 1) return "C"
  return "D"
}
