/**
 * A Search Module query → the Meilisearch multi-search queries that answer it, and back.
 *
 * One query holds the hits, value facets and stats; a range facet costs one extra count-only
 * query per range (Meilisearch has no range facets). All of them go to Meilisearch in a single
 * multi-search request.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import type { MultiSearchQuery, SearchResponse } from "meilisearch" with { "resolution-mode": "import" }
import { decodeDocument } from "./documents"
import { notAllowed } from "./errors"
import { andFilters, compileFilter, literal } from "./filters"
import type { IndexPlan } from "./plan"

export const DEFAULT_TAKE = 20

type Facet = Exclude<SearchTypes.SearchFacetRequest, string>
type RangeFacet = Extract<Facet, { type: "range" }>
type Hit = Record<string, unknown> & { _rankingScore?: number; _formatted?: Record<string, unknown> }
export type MeiliResult = Pick<SearchResponse<Hit>, "hits" | "facetDistribution" | "facetStats" | "processingTimeMs"> & {
  estimatedTotalHits?: number
  totalHits?: number
}

export interface QueryPlan {
  queries: MultiSearchQuery[]
  assemble(results: MeiliResult[]): SearchTypes.SearchResult
}

function facetRequests(options: SearchTypes.SearchOptions): Facet[] {
  return (options.facets ?? []).map((facet) => (typeof facet === "string" ? { field: facet, type: "value" as const } : facet))
}

function sortOf(order: Record<string, SearchTypes.SearchOrderBy> | undefined, plan: IndexPlan): string[] | undefined {
  const entries = Object.entries(order ?? {})
  if (!entries.length) {
    return undefined
  }
  const scoreAt = entries.findIndex(([key]) => key === "_score")
  if (scoreAt >= 0 && entries[scoreAt][1] !== "DESC") {
    throw notAllowed("Meilisearch can only order by relevance descending (_score: DESC)")
  }
  if (scoreAt >= 0 && scoreAt !== entries.length - 1) {
    // The "sort" ranking rule runs before relevance, so fields can only break ties after it.
    throw notAllowed("With Meilisearch, _score can only come last in pagination.order")
  }
  const fields = entries.filter(([key]) => key !== "_score")
  return fields.map(([key, direction]) => {
    const field = plan.fields.get(key)
    if (!field?.sortable) {
      throw notAllowed(`Cannot sort by "${key}" on the Meilisearch provider`)
    }
    return `${key}:${direction === "ASC" ? "asc" : "desc"}`
  })
}

function rangeFilter(facet: RangeFacet, range: RangeFacet["ranges"][number], plan: IndexPlan): string {
  const field = plan.fields.get(facet.field)!
  const parts = [
    ...(range.from !== undefined ? [`${facet.field} >= ${literal(field, range.from)}`] : []),
    ...(range.to !== undefined ? [`${facet.field} < ${literal(field, range.to)}`] : []),
  ]
  return parts.length ? parts.join(" AND ") : `${facet.field} EXISTS`
}

function assertSupported(input: SearchTypes.ProviderSearchQuery, plan: IndexPlan) {
  const options = input.search_options ?? {}
  if (options.vector) {
    throw notAllowed("The Meilisearch provider does not support vector search")
  }
  if (input.pagination?.cursor !== undefined) {
    throw notAllowed("The Meilisearch provider does not support cursor pagination")
  }
  if (options.match_strategy === "any") {
    throw notAllowed('Meilisearch has no "any" match strategy (its "last" and "frequency" drop words in an order of their own)')
  }
  if (options.typo_tolerance === false && input.index.settings.typo_tolerance?.enabled !== false) {
    throw notAllowed("Meilisearch can't turn typo tolerance off for one query; disable it in the index settings")
  }
  for (const facet of facetRequests(options)) {
    const field = plan.fields.get(facet.field)
    if (!field?.facetable) {
      throw notAllowed(`Field "${facet.field}" is not facetable on the Meilisearch provider`)
    }
    if ((facet.type === "range" || facet.type === "stats") && field.kind !== "number" && field.kind !== "date") {
      throw notAllowed(`${facet.type} facets need a numeric field ("${facet.field}")`)
    }
  }
}

export function planSearch(input: SearchTypes.ProviderSearchQuery, plan: IndexPlan): QueryPlan {
  assertSupported(input, plan)
  const options = input.search_options ?? {}
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? DEFAULT_TAKE
  const countMode = options.count ?? "estimated"
  const filter = compileFilter(input.filters, plan)
  const facets = facetRequests(options)
  const rangeFacets = facets.filter((facet): facet is RangeFacet => facet.type === "range")
  const facetFields = [...new Set(facets.filter((f) => f.type !== "range").map((f) => f.field))]
  const highlight = typeof options.highlight === "object" ? options.highlight : undefined
  const highlightFields = options.highlight === true ? (options.attributes_to_search_on ?? ["*"]) : highlight?.fields

  const shared = {
    indexUid: input.index.physical_name,
    q: input.q ?? "",
    matchingStrategy: "all" as const,
    ...(options.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
    ...(options.locales?.length ? { locales: options.locales } : {}),
  }
  // Exact counts need page-based pagination (Meilisearch then counts exhaustively).
  const exactPage = countMode === "exact" && take > 0 && skip % take === 0
  if (countMode === "exact" && !exactPage) {
    throw notAllowed("Exact counts on Meilisearch need skip to be a multiple of take (page-based pagination)")
  }
  const main: MultiSearchQuery = {
    ...shared,
    ...(filter ? { filter } : {}),
    ...(exactPage ? { page: skip / take + 1, hitsPerPage: take } : { offset: skip, limit: take }),
    attributesToRetrieve: [...new Set([plan.primaryKey, ...input.attributes_to_retrieve])],
    ...(sortOf(input.pagination?.order, plan) ? { sort: sortOf(input.pagination?.order, plan) } : {}),
    ...(facetFields.length ? { facets: facetFields } : {}),
    ...(options.distinct ? { distinct: options.distinct } : {}),
    ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    ...(options.include_score ? { showRankingScore: true } : {}),
    ...(highlightFields && input.q
      ? {
          attributesToHighlight: highlightFields,
          highlightPreTag: highlight?.pre_tag ?? "<mark>",
          highlightPostTag: highlight?.post_tag ?? "</mark>",
          ...(highlight?.snippet
            ? {
                attributesToCrop: highlight.fields,
                ...(typeof highlight.snippet === "object" ? { cropLength: highlight.snippet.length } : {}),
              }
            : {}),
        }
      : {}),
  }
  const rangeQueries: MultiSearchQuery[] = rangeFacets.flatMap((facet) =>
    facet.ranges.map((range) => ({
      ...shared,
      filter: andFilters(filter, rangeFilter(facet, range, plan)),
      // Page 0: no documents, exhaustive totalHits (Meilisearch's documented count-only query).
      page: 0,
      hitsPerPage: 1,
    }))
  )

  return {
    queries: [main, ...rangeQueries],
    assemble(results) {
      const [result, ...rangeResults] = results
      const count =
        countMode === "none" ? null : (exactPage ? result.totalHits : result.estimatedTotalHits) ?? result.totalHits ?? null
      const facetResults: Record<string, SearchTypes.SearchFacetResult> = {}
      let next = 0
      for (const facet of facets) {
        if (facet.type === "range") {
          facetResults[facet.field] = {
            type: "range",
            ranges: facet.ranges.map((range) => ({
              key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
              from: range.from,
              to: range.to,
              count: rangeResults[next++]?.totalHits ?? 0,
            })),
          }
        } else if (facet.type === "stats") {
          const stats = result.facetStats?.[facet.field]
          facetResults[facet.field] = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: count ?? result.hits.length }
        } else {
          const distribution = Object.entries(result.facetDistribution?.[facet.field] ?? {})
            .filter(([value]) => !facet.query || value.startsWith(facet.query))
            .map(([value, valueCount]) => ({ value, count: valueCount }))
          distribution.sort((a, b) =>
            facet.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)
          )
          facetResults[facet.field] = { type: "value", values: distribution.slice(0, facet.limit ?? 10) }
        }
      }
      return {
        hits: result.hits.map((hit) => {
          const { _rankingScore, _formatted, ...document } = hit
          const decoded = decodeDocument(document, plan)
          return {
            id: String(document[plan.primaryKey]),
            ...(options.include_score && _rankingScore !== undefined ? { score: _rankingScore } : {}),
            document: pick(decoded, input.attributes_to_retrieve),
            ...(_formatted && highlightFields ? { highlights: highlightsOf(_formatted, highlightFields, document) } : {}),
          }
        }),
        ...(facets.length ? { facets: facetResults } : {}),
        metadata: {
          skip,
          take,
          count,
          query: input.q,
          processing_time_ms: result.processingTimeMs,
        },
      }
    },
  }
}

/** The requested top-level attributes of a document (dotted paths keep their root object). */
function pick(document: Record<string, unknown>, paths: string[]): Record<string, unknown> {
  const roots = new Set(paths.map((path) => path.split(".")[0]))
  return Object.fromEntries(Object.entries(document).filter(([key]) => roots.has(key)))
}

function highlightsOf(formatted: Record<string, unknown>, fields: string[], original: Record<string, unknown>) {
  const keys = fields.includes("*") ? Object.keys(formatted) : fields
  const highlights: Record<string, string[]> = {}
  for (const key of keys) {
    const value = formatted[key]
    if (value === undefined || value === original[key]) {
      continue
    }
    highlights[key] = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string")
  }
  return highlights
}
