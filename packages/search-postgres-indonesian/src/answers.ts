/**
 * Between Medusa's queries and the facts statement: which queries the statement can answer, and
 * its answers in the shape of Medusa's search results.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import type { FactsAnswer } from "./facts"
import { projectDocument, type IndexPlan } from "./medusa"

/**
 * What only Medusa's path answers: vector search, `distinct`, `min_score`, and searching some of
 * the searchable fields (the facts table holds the whole document's vector).
 */
export function needsMedusaPath(input: SearchTypes.ProviderSearchQuery, plan: IndexPlan): boolean {
  const options = input.search_options ?? {}
  if (!!options.vector || !!(options.distinct ?? input.index.settings.distinct_attribute) || options.min_score !== undefined) {
    return true
  }
  const searchOn = options.attributes_to_search_on
  return !!searchOn && !(searchOn.length === plan.searchable.length && plan.searchable.every((path) => searchOn.includes(path)))
}

/** Whether a query sorts its hits by relevance (so the group's text must be ranked). */
export function ranksByRelevance(input: SearchTypes.ProviderSearchQuery): boolean {
  const order = input.pagination?.order as Record<string, string> | undefined
  return input.pagination?.take !== 0 && (!order || "_score" in order)
}

/** One query's answer as Medusa's search result. */
export function toSearchResult(input: {
  query: SearchTypes.ProviderSearchQuery
  answer: FactsAnswer
  facets: Record<string, SearchTypes.SearchFacetResult> | undefined
  documents: Map<string, Record<string, unknown>>
  started: number
}): SearchTypes.SearchResult {
  const { query, answer, facets, documents, started } = input
  const options = query.search_options ?? {}
  return {
    hits: answer.hits.map(({ id, score }) => ({
      id,
      score: options.include_score ? Number(score) : undefined,
      // Same statement, same snapshot: every hit's document is there.
      document: projectDocument(documents.get(id)!, query.attributes_to_retrieve as string[]),
    })),
    facets,
    metadata: {
      skip: query.pagination?.skip ?? 0,
      take: query.pagination?.take ?? 20,
      count: options.count === "none" ? null : answer.count,
      query: query.q,
      processing_time_ms: Date.now() - started,
    },
  } as SearchTypes.SearchResult
}
