import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { needsMedusaPath, ranksByRelevance, toSearchResult } from "./answers"
import { TtlCache } from "./cache"
import {
  analyzeStaleFacts,
  dropFacts,
  factsSignature,
  factsStatement,
  planFacts,
  rebuildFacts,
  UnsupportedByFacts,
  type CellValues,
  type Facts,
  type FactsQuery,
  type TextMatch,
} from "./facts"
import { mapFacetResult, normalizeFacetRequests, PostgresSearchService } from "./medusa"
import {
  absentFrom,
  correctWords,
  NO_SPELLING,
  startsAWord,
  typedAlternatives,
  typoRules,
  vocabularyDdl,
  vocabularyTable,
  vocabularyWords,
  type Spelling,
} from "./spelling"
import type { Sql } from "./sql"
import { fieldsVectorSql, queryTsquery, searchVectorSql } from "./tsquery"
import { IndonesianText, tokenize, typoCandidates, withoutAlternatives, type IndonesianTextOptions } from "./text"

/**
 * How long a catalog row (table name + field plan) is reused. Medusa's provider reads it before
 * every search and write; it only changes when a migration rebuilds the index, which happens
 * under a new physical name — this process forgets its copy at once, others after this delay.
 */
const CATALOG_TTL_MS = 10_000
/**
 * How long facet counts of a search without text are reused (same filters, same facet). The
 * unfiltered counts of a large catalog are the most expensive part of a browse page and the same
 * for every shopper; this process forgets them at once when it writes, others after this delay.
 */
const FACET_CACHE_TTL_MS = 5_000
/**
 * How long the corrections of a query's words are reused: the vocabulary only grows when this
 * or another process writes documents (this one forgets them at once).
 */
const CORRECTIONS_TTL_MS = 10_000
/** How often, at most, this process checks the facts tables' planner statistics after writing. */
const STATISTICS_CHECK_MS = 30_000

/**
 * Planner settings for a facts statement with text, for its own transaction only (`SET LOCAL`;
 * nothing database-wide). PostgreSQL prices the text match (`@@`) as cheap as an addition, though
 * on a stored vector it takes microseconds per row, so it would scan every row of a large facts
 * table and match each one where reading the matches off the GIN index is several times faster:
 *
 * - unranked, the match set is always read off the index (sequential scans off): nothing is
 *   computed per matched row, so the index wins even for a word found in half of the catalog;
 * - ranked, every matched row is ranked anyway, so for a very broad word (a two-letter prefix
 *   while typing, most of the catalog) a parallel scan of every row is as fast or faster. The
 *   planner keeps that choice, with a page read out of order priced as what it costs here,
 *   about one read in order (the facts table is read from memory; 1.1 is PostgreSQL's usual
 *   setting for that, its default 4 is for disks). That moves the switch to scanning every row
 *   from matches in about a tenth of the catalog to about a third (docs/decisions/080).
 */
function planSettings(text: TextMatch | undefined): string[] {
  if (!text) return []
  return text.rank ? ["SET LOCAL random_page_cost = 1.1"] : ["SET LOCAL enable_seqscan = off"]
}

export type IndonesianPostgresOptions = IndonesianTextOptions & {
  /** Only "indonesian" is supported: the migrations create its configurations. */
  language?: "indonesian"
}

type Dependencies = ConstructorParameters<typeof PostgresSearchService>[0]
type Catalog = Awaited<ReturnType<PostgresSearchService["retrieve"]>>
type IndexPlan = Catalog["plan"]

/**
 * A query with the corrections of its misspelt words. Medusa's path hands the query it was given
 * back to `keywordFragments`, so the corrections travel with the query to get there.
 */
type SpelledQuery = SearchTypes.ProviderSearchQuery & { spelling?: Spelling }

/**
 * Medusa's PostgreSQL search provider (native engine: tsvector + pg_trgm + unaccent), tuned for
 * Indonesian shoppers (README.md):
 *
 * - text is stemmed with `medusa_search_indonesian`, except the protected words, which are
 *   indexed and matched unstemmed (tsquery.ts, text.ts);
 * - synonyms are expanded at query time, the way Meilisearch applies its synonyms setting;
 * - typo tolerance works per word, like Meilisearch's (spelling.ts);
 * - searches are answered from the facts and cells tables kept next to each document table
 *   (facts/), one statement per text; what that statement can't express falls back to Medusa's
 *   query path, which gives the same answers more slowly.
 *
 * Document tables and writes are Medusa's provider unchanged.
 */
export class IndonesianPostgresSearchService extends PostgresSearchService {
  protected readonly text_: IndonesianText
  /** Vocabulary tables known to exist. */
  protected readonly vocabularies_ = new Set<string>()
  protected readonly catalogs_ = new Map<string, { catalog: Catalog; at: number }>()
  /** Facts tables known to match their index's plan, by document table. */
  protected readonly facts_ = new Map<string, { facts: Facts | null; at: number }>()
  protected readonly building_ = new Set<string>()
  protected readonly facetCache_ = new TtlCache<SearchTypes.SearchFacetResult>(FACET_CACHE_TTL_MS, 500)
  protected readonly correctionsCache_ = new TtlCache<Spelling>(CORRECTIONS_TTL_MS, 1_000)
  /**
   * Rows of the cells tables by id, per cells table. A cell id never changes meaning (ids come
   * from a sequence that outlives rebuilds), so entries never go stale.
   */
  protected readonly cells_ = new Map<string, Map<number, Record<string, unknown>>>()
  /** How many rows of a sort index a page reads before sorting all matches (facts/statement.ts); tests shrink it. */
  protected walkWindow_?: (needed: number) => number
  protected readonly statisticsCheckedAt_ = new Map<string, number>()

  constructor(dependencies: Dependencies, options: IndonesianPostgresOptions = {}) {
    if (options.language && options.language !== "indonesian") {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Unsupported search language "${options.language}"`)
    }
    super(dependencies, { language: "indonesian", engine: "native" })
    this.text_ = new IndonesianText(options)
  }

  protected buildSearchVectorSql(weightedParts: { text: string; weight: "A" | "B" | "C" | "D" }[], params: unknown[]): string {
    return searchVectorSql(this.text_, weightedParts, params)
  }

  protected onTheFlyVectorExpr(paths: string[], plan: IndexPlan): string {
    return fieldsVectorSql(this.text_, paths, plan)
  }

  protected async retrieve(index: string): Promise<Catalog> {
    const cached = this.catalogs_.get(index)
    if (cached && Date.now() - cached.at < CATALOG_TTL_MS) {
      return cached.catalog
    }
    const catalog = await super.retrieve(index)
    this.catalogs_.set(index, { catalog, at: Date.now() })
    return catalog
  }

  async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    this.catalogs_.delete(input.index.physical_name)
    const task = await super.upsertIndex(input)
    const catalog = await this.getCatalog(input.index.physical_name)
    if (catalog) {
      await this.ensureVocabulary(catalog.table_name)
      await this.ensureFacts(catalog.table_name, catalog.plan)
    }
    return task
  }

  async deleteIndex(input: { index: string }): Promise<SearchTypes.SearchTask> {
    this.catalogs_.delete(input.index)
    const catalog = await this.getCatalog(input.index)
    const task = await super.deleteIndex(input)
    if (catalog) {
      const facts = planFacts(catalog.table_name, catalog.plan)
      await this.manager_.execute(`DROP TABLE IF EXISTS "${vocabularyTable(catalog.table_name)}"`)
      await dropFacts(this.manager_, facts)
      this.cells_.delete(facts.cells)
      this.vocabularies_.delete(catalog.table_name)
      this.facts_.delete(catalog.table_name)
    }
    return task
  }

  async clearIndex(input: { index: string }): Promise<SearchTypes.SearchTask> {
    this.facetCache_.clear()
    this.correctionsCache_.clear()
    const task = await super.clearIndex(input)
    const catalog = await this.retrieve(input.index)
    await this.ensureVocabulary(catalog.table_name)
    await this.manager_.execute(`TRUNCATE TABLE "${vocabularyTable(catalog.table_name)}"`)
    return task
  }

  /** Documents as Medusa's provider writes them, and their searchable words into the vocabulary. */
  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    this.facetCache_.clear()
    this.correctionsCache_.clear()
    const task = await super.upsertDocuments(input)
    const catalog = await this.retrieve(input.index)
    const words = vocabularyWords(input.documents, catalog.plan)
    this.refreshStatistics(planFacts(catalog.table_name, catalog.plan))
    if (words.size) {
      await this.ensureVocabulary(catalog.table_name)
      await this.manager_.execute(
        `INSERT INTO "${vocabularyTable(catalog.table_name)}" ("word") SELECT jsonb_array_elements_text(?::jsonb) ON CONFLICT DO NOTHING`,
        [JSON.stringify([...words])]
      )
    }
    return task
  }

  async deleteDocuments(input: { index: string; filters: SearchTypes.SearchFilters }): Promise<SearchTypes.SearchTask> {
    this.facetCache_.clear()
    return super.deleteDocuments(input)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /**
   * The queries of one store search (Medusa sends the hits query plus one facet-only query per
   * filtered facet, for disjunctive counts): misspelt words are corrected once per text, then
   * the queries that share a text are answered by one statement over the facts tables
   * (`searchFacts`). What that statement can't express — vectors, `distinct`, `min_score`, a
   * field without a fact column — goes through Medusa's provider instead.
   */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const corrections = new Map<string, Promise<Spelling>>()
    const spelled: SpelledQuery[] = await Promise.all(
      inputs.map(async (input) => {
        const key = JSON.stringify([input.index.physical_name, input.q, input.search_options?.typo_tolerance, input.search_options?.match_strategy])
        if (!corrections.has(key)) corrections.set(key, this.cachedCorrections(key, input))
        const spelling = await corrections.get(key)!
        return spelling.corrections.size ? { ...input, spelling } : input
      })
    )
    const groups = new Map<string, number[]>()
    spelled.forEach((input, i) => {
      const options = input.search_options ?? {}
      const key = JSON.stringify([input.index.physical_name, input.q?.trim() || "", options.attributes_to_search_on, options.match_strategy, options.typo_tolerance])
      groups.set(key, [...(groups.get(key) ?? []), i])
    })
    const results: SearchTypes.SearchResult[] = new Array(inputs.length)
    await Promise.all(
      [...groups.values()].map(async (positions) => {
        const group = positions.map((i) => spelled[i])
        const answered = (await this.searchFacts(group)) ?? (await Promise.all(group.map((input) => super.search(input))))
        positions.forEach((i, n) => (results[i] = answered[n]))
      })
    )
    return results
  }

  /**
   * The facts tables of an index when they match the index's plan. When they don't (yet), their
   * build starts in the background and the caller uses Medusa's path.
   */
  protected async factsFor(catalog: Catalog): Promise<Facts | null> {
    const known = this.facts_.get(catalog.table_name)
    if (known && Date.now() - known.at < CATALOG_TTL_MS) {
      return known.facts
    }
    const facts = planFacts(catalog.table_name, catalog.plan)
    const ready = (await factsSignature(this.manager_, facts)) === facts.signature ? facts : null
    this.facts_.set(catalog.table_name, { facts: ready, at: Date.now() })
    if (!ready) {
      // An index created before facts tables existed (upsertIndex only runs when a definition
      // changes): build it in the background; searches use Medusa's path until it is there.
      this.buildFactsInBackground(catalog.table_name, catalog.plan)
    }
    return ready
  }

  protected buildFactsInBackground(table: string, plan: IndexPlan): void {
    if (this.building_.has(table)) return
    this.building_.add(table)
    const started = Date.now()
    this.ensureFacts(table, plan)
      .then(() => this.logger_?.info(`[Search] facts table of "${table}" built in ${Date.now() - started} ms`))
      .catch((error: Error) => this.logger_?.warn(`[Search] could not build the facts table of "${table}": ${error.message}`))
      .finally(() => this.building_.delete(table))
  }

  /** Creates or rebuilds the facts tables when the index's plan has changed. */
  protected async ensureFacts(table: string, plan: IndexPlan): Promise<void> {
    const facts = planFacts(table, plan)
    if ((await factsSignature(this.manager_, facts)) !== facts.signature) {
      await this.withTransaction((manager) => rebuildFacts(manager, table, facts))
    }
    this.facts_.set(table, { facts, at: Date.now() })
    this.facetCache_.clear()
  }

  /** `analyzeStaleFacts` in the background, at most every STATISTICS_CHECK_MS. */
  protected refreshStatistics(facts: Facts): void {
    if (Date.now() - (this.statisticsCheckedAt_.get(facts.table) ?? 0) < STATISTICS_CHECK_MS) return
    this.statisticsCheckedAt_.set(facts.table, Date.now())
    analyzeStaleFacts(this.manager_, facts).catch((error: Error) => this.logger_?.warn(`[Search] could not analyze "${facts.table}": ${error.message}`))
  }

  /**
   * Queries sharing one text (and its corrections), answered from the facts tables: the text is
   * matched and ranked once, then every query's hits, count and facets are read from that match
   * set in the same statement, with the documents of the hits only. Returns undefined when
   * a query needs something the facts tables can't answer.
   */
  protected async searchFacts(group: SpelledQuery[]): Promise<SearchTypes.SearchResult[] | undefined> {
    const started = Date.now()
    const first = group[0]
    const catalog = await this.retrieve(first.index.physical_name)
    const facts = await this.factsFor(catalog)
    const plan = catalog.plan
    if (!facts || group.some((input) => needsMedusaPath(input, plan))) {
      return undefined
    }
    const text = this.textMatch(first, catalog, first.spelling ?? NO_SPELLING, group.some(ranksByRelevance))
    const requests = group.map((input) => normalizeFacetRequests(input.search_options?.facets, plan))
    // Facet counts of a search without text are cached: a cached facet is left out of the statement.
    const cacheKeys = group.map((input, i) => requests[i].map((request) => (text ? undefined : this.facetCacheKey(facts, input.filters, request))))
    const cached = cacheKeys.map((keys) => keys.map((key) => (key ? this.facetCache_.get(key) : undefined)))
    const queries: FactsQuery[] = group.map((input, i) => ({
      filters: input.filters,
      order: input.pagination?.order as Record<string, string> | undefined,
      take: input.pagination?.take ?? 20,
      skip: input.pagination?.skip ?? 0,
      count: input.search_options?.count !== "none",
      facets: requests[i].map((request, n) => (cached[i][n] ? null : request)),
    }))
    let compiled: ReturnType<typeof factsStatement>
    try {
      compiled = factsStatement({ facts, documentTable: catalog.table_name, text, queries, window: this.walkWindow_ })
    } catch (error) {
      if (error instanceof UnsupportedByFacts) return undefined
      throw error
    }
    let row: Record<string, unknown>
    try {
      row = await this.runFactsStatement(compiled.statement, planSettings(text))
    } catch (error) {
      // E.g. the facts table being rebuilt by another process: answer through Medusa's path.
      this.facts_.delete(catalog.table_name)
      this.logger_?.warn(`[Search] facts statement failed, answering through Medusa's path: ${(error as Error).message}`)
      return undefined
    }
    const { answers, documents } = compiled.read(row, await this.cellValues(facts, compiled.cellsIn(row)))

    return group.map((query, i) => {
      const facets = requests[i].length
        ? Object.fromEntries(
            requests[i].map((request, n) => {
              let facet = cached[i][n]
              if (!facet) {
                facet = mapFacetResult(request, answers[i].facetRows[n] ?? [])
                const key = cacheKeys[i][n]
                if (key) this.facetCache_.set(key, facet)
              }
              return [request.field, facet]
            })
          )
        : undefined
      return toSearchResult({ query, answer: answers[i], facets, documents, started })
    })
  }

  /** The group's text as SQL on the facts table's `search_vector`: the match, and the rank when some query orders by it. */
  protected textMatch(query: SearchTypes.ProviderSearchQuery, catalog: Catalog, spelling: Spelling, ranked: boolean): TextMatch | undefined {
    const fragments = this.textFragments(query, catalog, spelling)
    if (!fragments.q || !fragments.matchSql) return undefined
    const match: Sql = { sql: "", params: [] }
    match.sql = fragments.matchSql(match.params)
    if (!ranked) return { match }
    const rank: Sql = { sql: "", params: [] }
    rank.sql = fragments.rankSql(rank.params)
    return { match, rank }
  }

  /** Runs a facts statement, in a transaction of its own with the planner settings it needs (`planSettings`). */
  protected async runFactsStatement(statement: Sql, settings: string[]): Promise<Record<string, unknown>> {
    if (!settings.length) {
      const [row] = (await this.manager_.execute(statement.sql, statement.params)) as Record<string, unknown>[]
      return row
    }
    return await this.withTransaction(async (manager) => {
      for (const setting of settings) await manager.execute(setting)
      const [row] = (await manager.execute(statement.sql, statement.params)) as Record<string, unknown>[]
      return row
    })
  }

  /** Looks up cells by id, reading the ones this process hasn't seen yet. */
  protected async cellValues(facts: Facts, ids: number[]): Promise<CellValues> {
    let known = this.cells_.get(facts.cells)
    if (!known) this.cells_.set(facts.cells, (known = new Map()))
    const missing = ids.filter((id) => !known.has(id))
    if (missing.length) {
      const rows = (await this.manager_.execute(`SELECT * FROM "${facts.cells}" WHERE "cell" = ANY(?::int[])`, [`{${missing.join(",")}}`])) as Record<string, unknown>[]
      rows.forEach((row) => known.set(Number(row.cell), row))
    }
    return (cell) => known.get(cell)
  }

  protected facetCacheKey(facts: Facts, filters: unknown, request: unknown): string {
    return JSON.stringify([facts.table, filters ?? null, request])
  }

  protected async cachedCorrections(key: string, input: SearchTypes.ProviderSearchQuery): Promise<Spelling> {
    const cached = this.correctionsCache_.get(key)
    if (cached) return cached
    const corrections = await this.findCorrections(input)
    const found = { corrections, absent: corrections.size ? await this.absentAlternatives(input, corrections) : new Set<string>() }
    this.correctionsCache_.set(key, found)
    return found
  }

  /**
   * The typed forms of corrected words that match no document, checked against the index itself:
   * a misspelt word is not in the vocabulary, but its stem may still be a lexeme ("batikan" →
   * "batik"), so the vocabulary can't tell.
   */
  protected async absentAlternatives(input: SearchTypes.ProviderSearchQuery, corrections: Map<string, string[]>): Promise<Set<string>> {
    const units = this.text_.planQuery(input.q ?? "", input.search_options?.match_strategy ?? "all", corrections)
    const typed = typedAlternatives(units, corrections)
    if (!typed.length) return new Set()
    const catalog = await this.retrieve(input.index.physical_name)
    return await this.withTransaction((manager) => absentFrom(manager, catalog.table_name, typed))
  }

  protected async findCorrections(input: SearchTypes.ProviderSearchQuery): Promise<Map<string, string[]>> {
    const rules = typoRules(input)
    const words = rules ? typoCandidates(input.q!, rules) : []
    if (!rules || !words.length) {
      return new Map()
    }
    const catalog = await this.retrieve(input.index.physical_name)
    if (!(await this.hasVocabulary(catalog.table_name))) {
      return new Map()
    }
    const corrections = await correctWords(this.manager_, catalog.table_name, words, rules)
    // A word still being typed (typeahead) is only corrected when no indexed word starts with it.
    const typing = input.search_options?.match_strategy === "last" ? tokenize(input.q!).pop() : undefined
    if (typing && corrections.has(typing) && (await startsAWord(this.manager_, catalog.table_name, typing))) {
      corrections.delete(typing)
    }
    return corrections
  }

  protected async ensureVocabulary(table: string): Promise<void> {
    if (this.vocabularies_.has(table)) {
      return
    }
    for (const statement of vocabularyDdl(table)) {
      await this.manager_.execute(statement)
    }
    this.vocabularies_.add(table)
  }

  protected async hasVocabulary(table: string): Promise<boolean> {
    if (this.vocabularies_.has(table)) {
      return true
    }
    const [row] = (await this.manager_.execute(`SELECT to_regclass(?) IS NOT NULL AS exists`, [vocabularyTable(table)])) as {
      exists: boolean
    }[]
    if (row?.exists) {
      this.vocabularies_.add(table)
    }
    return !!row?.exists
  }

  /**
   * Medusa's ordering, made total: with an explicit sort, hits that tie (same price, say) came
   * back in any order, so consecutive pages could repeat or skip a product. `id` breaks ties.
   */
  protected resolveOrderBy(input: SearchTypes.ProviderSearchQuery, plan: IndexPlan, hasScore: boolean): string {
    const order = super.resolveOrderBy(input, plan, hasScore)
    return /"id" (ASC|DESC)$/.test(order) ? order : `${order}, "id" ASC`
  }

  /** Medusa's path: the query's text, with the corrections `searchMany` attached to it. */
  protected keywordFragments(input: { query: SpelledQuery; catalog: Catalog }) {
    return this.textFragments(input.query, input.catalog, input.query.spelling ?? NO_SPELLING)
  }

  /** The match and rank of a query's text, its misspelt words corrected as `spelling` says. */
  protected textFragments(query: SearchTypes.ProviderSearchQuery, catalog: Catalog, spelling: Spelling) {
    const plan = catalog.plan
    const options = query.search_options ?? {}
    const q = query.q?.trim() || undefined
    const searchOn = options.attributes_to_search_on ?? plan.searchable
    const searchAllFields = searchOn.length === plan.searchable.length && searchOn.every((path) => plan.searchable.includes(path))
    const vectorExpr = searchAllFields ? `"search_vector"` : this.onTheFlyVectorExpr(searchOn, plan)
    const units = q ? withoutAlternatives(this.text_.planQuery(q, options.match_strategy ?? "all", spelling.corrections), spelling.absent) : []
    const tsquery = (params: unknown[]) => queryTsquery(units, options.match_strategy === "any", params)
    // sentra_search_rank: ts_rank_cd, declared with its real cost (migrations).
    const rankSql = (params: unknown[]): string => (q ? `sentra_search_rank(${vectorExpr}, ${tsquery(params)})` : `0::float4`)
    const matchSql = q ? (params: unknown[]): string => `${vectorExpr} @@ ${tsquery(params)}` : undefined
    return { q, needsBm25Limit: false, rankSql, matchSql }
  }
}
