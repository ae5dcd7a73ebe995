import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, readDocumentPath } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { mapFacetResult, normalizeFacetRequests, projectDocument } from "@medusajs/search-postgres/dist/utils"
import { TtlCache } from "./cache"
import { factsDdl, factsStatement, planFacts, UnsupportedByFacts, type CellValues, type Facts, type FactsQuery, type Sql, type TextMatch } from "./facts"
import {
  alternativeKey,
  editVariants,
  IndonesianText,
  pickCorrections,
  tokenize,
  typoCandidates,
  type IndonesianTextOptions,
  type QueryUnit,
  type TypoRules,
  withoutAlternatives,
} from "./text"

/** The text search configurations the migration creates (stemmed, and exact for protected words). */
export const STEMMED_CONFIG = "medusa_search_indonesian"
export const EXACT_CONFIG = "medusa_search_indonesian_exact"

/** Meilisearch's defaults, used when the index settings don't say. */
const DEFAULT_TYPO_RULES: TypoRules = { oneTypo: 5, twoTypos: 9 }
/** Trigram neighbours fetched per typed word before the edit-distance check. */
const NEIGHBOURS = 12
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
/**
 * How often this process checks, after writing documents, whether the facts and cells tables'
 * planner statistics lag behind what was written. A new index's tables are built (and analyzed)
 * empty, then filled by the seed: until autovacuum analyzes them (up to a minute later), the
 * planner reads "no rows" and picks plans that cost a hundred times more.
 */
const STATISTICS_CHECK_MS = 30_000

export type IndonesianPostgresOptions = IndonesianTextOptions & {
  /** Only "indonesian" is supported: the migration creates its configurations. */
  language?: "indonesian"
}

type Dependencies = ConstructorParameters<typeof PostgresSearchService>[0]

/** A query's misspelt words: their corrections, and the typed forms that match no document. */
interface Spelling {
  corrections: Map<string, string[]>
  absent: Set<string>
}
type Catalog = Awaited<ReturnType<PostgresSearchService["retrieve"]>>
type IndexPlan = Catalog["plan"]

/**
 * Medusa's PostgreSQL search provider (native engine: tsvector + pg_trgm + unaccent), tuned for
 * Indonesian shoppers:
 *
 * - text is stemmed with `medusa_search_indonesian` (Snowball Indonesian + unaccent), except the
 *   protected words, which are indexed and matched unstemmed through `..._exact` — so "kemeja"
 *   no longer finds "meja", nor "durian" "duri";
 * - synonyms (spelling variants, regional and English words) are expanded at query time, the
 *   way Meilisearch applies its synonyms setting;
 * - typo tolerance works per word, like Meilisearch's: a word the index doesn't contain is
 *   matched by the index words within one edit (two from `min_word_size_for_two_typos`
 *   letters), found through a trigram index on a vocabulary table kept next to each document
 *   table. Medusa's own typo matching (`word_similarity` of the whole query against the whole
 *   text above 0.3) let "rendng" find "renyah" and "basreng" as well as "rendang", all with the
 *   same score;
 * - speed: searches are answered from a typed facts table kept next to each document table by
 *   triggers (facts.ts, docs/decisions/060), one statement per text; what that statement can't
 *   express falls back to Medusa's query path, which gives the same answers more slowly.
 *
 * Document tables and writes are Medusa's provider unchanged.
 */
export class IndonesianPostgresSearchService extends PostgresSearchService {
  protected readonly text_: IndonesianText
  /** Per query: the corrections found for its misspelt words (read by keywordFragments). */
  protected readonly corrections_ = new WeakMap<SearchTypes.ProviderSearchQuery, Spelling>()
  /** Vocabulary tables known to exist. */
  protected readonly vocabularies_ = new Set<string>()
  protected readonly catalogs_ = new Map<string, { catalog: Catalog; at: number }>()
  /** Facts tables (facts.ts) known to match their index's plan, by document table. */
  protected readonly facts_ = new Map<string, { facts: Facts | null; at: number }>()
  protected readonly building_ = new Set<string>()
  protected readonly facetCache_ = new TtlCache<SearchTypes.SearchFacetResult>(FACET_CACHE_TTL_MS, 500)
  protected readonly correctionsCache_ = new TtlCache<Spelling>(CORRECTIONS_TTL_MS, 1_000)
  /**
   * Rows of the cells tables (facts.ts) by id, per cells table. A cell id never changes meaning
   * (ids come from a sequence that outlives rebuilds), so entries never go stale.
   */
  protected readonly cells_ = new Map<string, Map<number, Record<string, unknown>>>()
  /** How many rows of a sort index a page reads before sorting all matches (facts.ts); tests shrink it. */
  protected walkWindow_?: (needed: number) => number
  protected readonly statisticsCheckedAt_ = new Map<string, number>()

  constructor(dependencies: Dependencies, options: IndonesianPostgresOptions = {}) {
    if (options.language && options.language !== "indonesian") {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Unsupported search language "${options.language}"`)
    }
    super(dependencies, { language: "indonesian", engine: "native" })
    this.text_ = new IndonesianText(options)
  }

  /** Stemmed lexemes of the text without its protected words, plus the protected words exactly. */
  protected buildSearchVectorSql(weightedParts: { text: string; weight: "A" | "B" | "C" | "D" }[], params: unknown[]): string {
    if (!weightedParts.length) {
      return `''::tsvector`
    }
    return weightedParts
      .map((part) => {
        const { stemmed, exact } = this.text_.splitForIndexing(part.text)
        params.push(stemmed, exact)
        return `setweight(to_tsvector('${STEMMED_CONFIG}', coalesce(?, '')) || to_tsvector('${EXACT_CONFIG}', coalesce(?, '')), '${part.weight}')`
      })
      .join(" || ")
  }

  /** Searching a subset of the fields: the same split, done in SQL on the stored values. */
  protected onTheFlyVectorExpr(paths: string[], plan: IndexPlan): string {
    if (!paths.length) {
      return `''::tsvector`
    }
    const protectedList = [...this.text_.protectedWords].filter((word) => /^[a-z0-9-]+$/.test(word))
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
      await this.manager_.execute(`DROP TABLE IF EXISTS "${facts.table}"`)
      await this.manager_.execute(`DROP TABLE IF EXISTS "${facts.cells}"`)
      await this.manager_.execute(`DROP SEQUENCE IF EXISTS "${facts.sequence}"`)
      await this.manager_.execute(`DROP FUNCTION IF EXISTS "${facts.table}_sync"()`)
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
    const words = new Set<string>()
    for (const document of input.documents) {
      for (const path of catalog.plan.searchable) {
        for (const value of readDocumentPath(document, path.split("."))) {
          if (typeof value === "string") {
            tokenize(value)
              .filter((word) => word.length >= 3 && !/^[0-9]+$/.test(word))
              .forEach((word) => words.add(word))
          }
        }
      }
    }
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
   * the queries that share a text are answered by one statement over the facts table
   * (`searchFacts`). What that statement can't express — vectors, `distinct`, `min_score`, a
   * field without a fact column — goes through Medusa's provider instead.
   */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const corrections = new Map<string, Promise<Spelling>>()
    await Promise.all(
      inputs.map(async (input) => {
        const key = JSON.stringify([input.index.physical_name, input.q, input.search_options?.typo_tolerance, input.search_options?.match_strategy])
        if (!corrections.has(key)) corrections.set(key, this.cachedCorrections(key, input))
        const found = await corrections.get(key)!
        if (found.corrections.size) this.corrections_.set(input, found)
      })
    )
    const groups = new Map<string, number[]>()
    inputs.forEach((input, i) => {
      const options = input.search_options ?? {}
      const key = JSON.stringify([input.index.physical_name, input.q?.trim() || "", options.attributes_to_search_on, options.match_strategy, options.typo_tolerance])
      groups.set(key, [...(groups.get(key) ?? []), i])
    })
    const results: SearchTypes.SearchResult[] = new Array(inputs.length)
    await Promise.all(
      [...groups.values()].map(async (positions) => {
        const group = positions.map((i) => inputs[i])
        const answered = (await this.searchFacts(group)) ?? (await Promise.all(group.map((input) => super.search(input))))
        positions.forEach((i, n) => (results[i] = answered[n]))
      })
    )
    return results
  }

  /**
   * The facts table of an index when it matches the index's plan. When it doesn't (yet), its
   * build starts in the background and the caller uses Medusa's path.
   */
  protected async factsFor(catalog: Catalog): Promise<Facts | null> {
    const known = this.facts_.get(catalog.table_name)
    if (known && Date.now() - known.at < CATALOG_TTL_MS) {
      return known.facts
    }
    const facts = planFacts(catalog.table_name, catalog.plan)
    const ready = (await this.factsSignature(this.manager_, facts)) === facts.signature ? facts : null
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

  /** Creates or rebuilds the facts table (facts.ts) when the index's plan has changed. */
  protected async ensureFacts(table: string, plan: IndexPlan): Promise<void> {
    const facts = planFacts(table, plan)
    if ((await this.factsSignature(this.manager_, facts)) !== facts.signature) {
      await this.withTransaction(async (manager) => {
        await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [facts.table])
        // Writes wait while the table is (re)built, so none is missed between the copy and the trigger.
        await manager.execute(`LOCK TABLE "${table}" IN SHARE MODE`)
        // Another process may have built it while this one waited.
        if ((await this.factsSignature(manager, facts)) !== facts.signature) {
          for (const statement of factsDdl(table, facts)) {
            await manager.execute(statement)
          }
        }
      })
    }
    this.facts_.set(table, { facts, at: Date.now() })
    this.facetCache_.clear()
  }

  /**
   * Analyzes the facts and cells tables when more of their rows changed since the last analysis
   * than autovacuum waits for (50 + 10 %), in the background: what autovacuum would do a minute
   * later, done now, at most every STATISTICS_CHECK_MS.
   */
  protected refreshStatistics(facts: Facts): void {
    if (Date.now() - (this.statisticsCheckedAt_.get(facts.table) ?? 0) < STATISTICS_CHECK_MS) return
    this.statisticsCheckedAt_.set(facts.table, Date.now())
    const refresh = async () => {
      const stale = (await this.manager_.execute(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
         WHERE c.relname IN (?, ?) AND s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)`,
        [facts.table, facts.cells]
      )) as { name: string }[]
      for (const { name } of stale) {
        await this.manager_.execute(`ANALYZE "${name}"`)
      }
    }
    refresh().catch((error: Error) => this.logger_?.warn(`[Search] could not analyze "${facts.table}": ${error.message}`))
  }

  protected async factsSignature(manager: typeof this.manager_, facts: Facts): Promise<string | null> {
    const [row] = (await manager.execute(`SELECT obj_description(to_regclass(?), 'pg_class') AS signature`, [facts.table])) as {
      signature: string | null
    }[]
    return row?.signature ?? null
  }

  /**
   * Queries sharing one text (and its corrections), answered from the facts table: the text is
   * matched and ranked once, then every query's hits, count and facets are read from that match
   * set in the same statement, with the documents of the hits only. Returns undefined when
   * a query needs something the facts table can't answer.
   */
  protected async searchFacts(group: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[] | undefined> {
    const started = Date.now()
    const first = group[0]
    const catalog = await this.retrieve(first.index.physical_name)
    const facts = await this.factsFor(catalog)
    const needsMedusa = (input: SearchTypes.ProviderSearchQuery) => {
      const options = input.search_options ?? {}
      return !!options.vector || !!(options.distinct ?? input.index.settings.distinct_attribute) || options.min_score !== undefined
    }
    if (!facts || group.some(needsMedusa)) {
      return undefined
    }
    const plan = catalog.plan
    // The facts table holds the whole-document vector: searching some fields only takes Medusa's path.
    const searchOn = first.search_options?.attributes_to_search_on
    if (searchOn && !(searchOn.length === plan.searchable.length && plan.searchable.every((path) => searchOn.includes(path)))) {
      return undefined
    }
    const fragments = this.keywordFragments({ query: first, catalog })
    const orders = group.map((input) => input.pagination?.order as Record<string, string> | undefined)
    const ranked = !!fragments.q && group.some((input, i) => input.pagination?.take !== 0 && (!orders[i] || "_score" in orders[i]!))
    let text: TextMatch | undefined
    if (fragments.q && fragments.matchSql) {
      const rank: Sql | undefined = ranked ? { sql: "", params: [] } : undefined
      if (rank) rank.sql = fragments.rankSql(rank.params)
      const match: Sql = { sql: "", params: [] }
      match.sql = fragments.matchSql(match.params)
      text = { match, rank }
    }
    const cacheKeys: (string | undefined)[][] = []
    const cached: (SearchTypes.SearchFacetResult | undefined)[][] = []
    const requests = group.map((input) => normalizeFacetRequests(input.search_options?.facets, plan))
    const queries: FactsQuery[] = group.map((input, i) => {
      cacheKeys[i] = requests[i].map((request) => (text ? undefined : this.facetCacheKey(facts, input.filters, request)))
      cached[i] = cacheKeys[i].map((key) => {
        return key ? this.facetCache_.get(key) : undefined
      })
      return {
        filters: input.filters,
        order: orders[i],
        take: input.pagination?.take ?? 20,
        skip: input.pagination?.skip ?? 0,
        count: input.search_options?.count !== "none",
        facets: requests[i].map((request, n) => (cached[i][n] ? null : request)),
      }
    })
    let compiled: ReturnType<typeof factsStatement>
    try {
      compiled = factsStatement({ facts, documentTable: catalog.table_name, text, queries, window: this.walkWindow_ })
    } catch (error) {
      if (error instanceof UnsupportedByFacts) return undefined
      throw error
    }
    let row: Record<string, unknown>
    try {
      row = await this.runFactsStatement(compiled.statement, !!text && !text.rank)
    } catch (error) {
      // E.g. the facts table being rebuilt by another process: answer through Medusa's path.
      this.facts_.delete(catalog.table_name)
      this.logger_?.warn(`[Search] facts statement failed, answering through Medusa's path: ${(error as Error).message}`)
      return undefined
    }
    const { answers, documents } = compiled.read(row, await this.cellValues(facts, compiled.cellsIn(row)))

    return group.map((input, i) => {
      const options = input.search_options ?? {}
      const { hits, count, facetRows } = answers[i]
      const facets = requests[i].length
        ? Object.fromEntries(
            requests[i].map((request, n) => {
              let facet = cached[i][n]
              if (!facet) {
                facet = mapFacetResult(request, facetRows[n] ?? [])
                const key = cacheKeys[i][n]
                if (key) this.facetCache_.set(key, facet)
              }
              return [request.field, facet]
            })
          )
        : undefined
      return {
        hits: hits.map(([id, score]) => ({
          id,
          score: options.include_score ? Number(score) : undefined,
          // Same statement, same snapshot: every hit's document is there.
          document: projectDocument(documents.get(id)!, input.attributes_to_retrieve as string[]),
        })),
        facets,
        metadata: {
          skip: input.pagination?.skip ?? 0,
          take: input.pagination?.take ?? 20,
          count: options.count === "none" ? null : count,
          query: input.q,
          processing_time_ms: Date.now() - started,
        },
      } as SearchTypes.SearchResult
    })
  }

  /**
   * Runs a facts statement. When its text match is not ranked, the match set is read off the
   * text index: the planner, pricing `@@` as cheap as an addition, would otherwise scan every row
   * of a large catalog and match each one for a word found in half of them (several times
   * slower). A ranked match set is left to the planner, which scans it in parallel when large.
   */
  protected async runFactsStatement(statement: Sql, offTheTextIndex: boolean): Promise<Record<string, unknown>> {
    if (!offTheTextIndex) {
      const [row] = (await this.manager_.execute(statement.sql, statement.params)) as Record<string, unknown>[]
      return row
    }
    return await this.withTransaction(async (manager) => {
      await manager.execute(`SET LOCAL enable_seqscan = off`)
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
   * The typed forms of corrected words ("badung", and "badung" as a prefix while it is being
   * typed) that match no document, checked against the index itself: a misspelt word is not in
   * the vocabulary, but its stem may still be a lexeme ("batikan" → "batik"), so the vocabulary
   * can't tell.
   */
  protected async absentAlternatives(input: SearchTypes.ProviderSearchQuery, corrections: Map<string, string[]>): Promise<Set<string>> {
    const units = this.text_.planQuery(input.q ?? "", input.search_options?.match_strategy ?? "all", corrections)
    const typed = units.flatMap((unit) => unit.filter((alternative) => alternative.some((term) => corrections.has(term.word))))
    if (!typed.length) return new Set()
    const catalog = await this.retrieve(input.index.physical_name)
    const params: unknown[] = []
    const checks = typed.map((alternative) => `EXISTS (SELECT 1 FROM "${catalog.table_name}" WHERE "search_vector" @@ ${unitSql([alternative], params)})`)
    // Off the text index: a planner expecting a few matches would otherwise scan rows until the
    // first one, and for a form that matches nothing that is every row (90 ms at 100,000).
    const found = await this.withTransaction(async (manager) => {
      await manager.execute(`SET LOCAL enable_seqscan = off`)
      const [row] = (await manager.execute(`SELECT ARRAY[${checks.join(", ")}] AS found`, params)) as { found: boolean[] }[]
      return row?.found ?? []
    })
    return new Set(typed.filter((_, i) => found[i] === false).map(alternativeKey))
  }

  protected async findCorrections(input: SearchTypes.ProviderSearchQuery): Promise<Map<string, string[]>> {
    const typo = input.index.settings.typo_tolerance
    if (!input.q?.trim() || !input.search_options?.typo_tolerance || typo?.enabled === false) {
      return new Map()
    }
    const rules: TypoRules = {
      oneTypo: typo?.min_word_size_for_one_typo ?? DEFAULT_TYPO_RULES.oneTypo,
      twoTypos: typo?.min_word_size_for_two_typos ?? DEFAULT_TYPO_RULES.twoTypos,
    }
    const words = typoCandidates(input.q, rules)
    if (!words.length) {
      return new Map()
    }
    const catalog = await this.retrieve(input.index.physical_name)
    if (!(await this.hasVocabulary(catalog.table_name))) {
      return new Map()
    }
    const vocabulary = vocabularyTable(catalog.table_name)
    const variants = words.flatMap((q) => editVariants(q).map((variant) => ({ q, variant })))
    // Trigram neighbours (index scan), plus exact hits of the transposed / shortened spellings.
    const rows = (await this.manager_.execute(
      `SELECT t.q AS q, v.word AS word
       FROM jsonb_array_elements_text(?::jsonb) AS t(q)
       CROSS JOIN LATERAL (
         SELECT word FROM "${vocabulary}" WHERE word % t.q ORDER BY word <-> t.q LIMIT ${NEIGHBOURS}
       ) v
       UNION
       SELECT e.q, e.variant FROM jsonb_to_recordset(?::jsonb) AS e(q text, variant text)
       JOIN "${vocabulary}" ON "${vocabulary}".word = e.variant`,
      [JSON.stringify(words), JSON.stringify(variants)]
    )) as { q: string; word: string }[]
    const similar = new Map<string, string[]>(words.map((word) => [word, []]))
    rows.forEach((row) => similar.get(row.q)?.push(row.word))
    const corrections = pickCorrections(similar, rules)
    // A word still being typed (typeahead) is only corrected when no indexed word starts with it.
    const typing = input.search_options?.match_strategy === "last" ? tokenize(input.q).pop() : undefined
    if (typing && corrections.has(typing)) {
      const [row] = (await this.manager_.execute(
        `SELECT EXISTS (SELECT 1 FROM "${vocabularyTable(catalog.table_name)}" WHERE word LIKE ?) AS known`,
        [`${typing.replace(/[\\%_]/g, (c) => `\\${c}`)}%`]
      )) as { known: boolean }[]
      if (row?.known) {
        corrections.delete(typing)
      }
    }
    return corrections
  }

  protected async ensureVocabulary(table: string): Promise<void> {
    if (this.vocabularies_.has(table)) {
      return
    }
    const vocabulary = vocabularyTable(table)
    await this.manager_.execute(`CREATE TABLE IF NOT EXISTS "${vocabulary}" ("word" text PRIMARY KEY)`)
    await this.manager_.execute(
      `CREATE INDEX IF NOT EXISTS "${vocabulary}_trgm_idx" ON "${vocabulary}" USING GIN ("word" gin_trgm_ops)`
    )
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

  protected keywordFragments(input: { query: SearchTypes.ProviderSearchQuery; catalog: Catalog }) {
    const { query, catalog } = input
    const plan = catalog.plan
    const options = query.search_options ?? {}
    const q = query.q?.trim() || undefined
    const searchOn = options.attributes_to_search_on ?? plan.searchable
    const searchAllFields =
      searchOn.length === plan.searchable.length && searchOn.every((path) => plan.searchable.includes(path))
    const vectorExpr = searchAllFields ? `"search_vector"` : this.onTheFlyVectorExpr(searchOn, plan)
    const spelling = this.corrections_.get(query)
    const units = q ? withoutAlternatives(this.text_.planQuery(q, options.match_strategy ?? "all", spelling?.corrections), spelling?.absent) : []
    const joiner = options.match_strategy === "any" ? " || " : " && "

    const tsquery = (params: unknown[]): string => {
      if (!units.length) {
        // Punctuation only: a query nothing matches, rather than one that matches everything.
        params.push("")
        return `plainto_tsquery('${STEMMED_CONFIG}', ?)`
      }
      return `(${units.map((unit) => unitSql(unit, params)).join(joiner)})`
    }
    // ts_rank_cd, declared with its real cost (see the provider's migrations).
    const rankSql = (params: unknown[]): string => (q ? `sentra_search_rank(${vectorExpr}, ${tsquery(params)})` : `0::float4`)
    const matchSql = q ? (params: unknown[]): string => `${vectorExpr} @@ ${tsquery(params)}` : undefined

    return { q, needsBm25Limit: false, rankSql, matchSql }
  }
}

const vocabularyTable = (table: string) => `${table}_vocab`

function unitSql(unit: QueryUnit, params: unknown[]): string {
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
  // Duplicate alternatives (a word whose stemmed and exact forms are equal) removed: see the migration.
  return alternatives.length === 1 ? alternatives[0] : `sentra_search_any(ARRAY[${alternatives.join(", ")}])`
}

/** Field weight → tsvector label, as Medusa's provider maps it. */
function weightLabel(weight: number | undefined): "A" | "B" | "C" | "D" {
  const value = weight ?? 1
  if (value >= 3) return "A"
  if (value >= 2) return "B"
  if (value > 1) return "C"
  return "D"
}
