import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch, MultiSearchQuery } from "meilisearch" with { "resolution-mode": "import" }
import { meilisearchAvailability, type MeilisearchAvailability } from "./availability"
import { encodeDocument } from "./documents"
import { notAllowed, translateError } from "./errors"
import { compileFilter } from "./filters"
import { buildIndexPlan, buildSettings, type IndexPlan } from "./plan"
import { planSearch, type MeiliResult } from "./query"

export interface MeilisearchProviderOptions {
  /** e.g. http://localhost:7700 (MEILISEARCH_HOST). */
  host: string
  /** A key allowed to manage indexes, documents, settings and tasks (MEILISEARCH_API_KEY). */
  api_key?: string
  /** Multi-way synonym groups applied to every index (see plan.ts). */
  synonyms?: string[][]
  stop_words?: string[]
  /** Timeout of one HTTP request to Meilisearch. Default 5 s. */
  request_timeout_ms?: number
  /** How long `waitForTask` waits by default. Default 120 s. */
  task_timeout_ms?: number
}

type Dependencies = { logger?: Logger }

/** What this provider needs of the official client (a seam for unit tests). */
export type MeilisearchClient = Pick<
  Meilisearch,
  "index" | "getRawIndex" | "createIndex" | "deleteIndex" | "getRawIndexes" | "getStats" | "multiSearch" | "tasks"
>

const isNotFound = (error: unknown) =>
  (error as { cause?: { code?: string } })?.cause?.code === "index_not_found"

/**
 * Search Module provider for Meilisearch (identifier "meilisearch"), on the official
 * `meilisearch` client. Index settings come from the index definition (searchable fields in
 * weight order, filterable, sortable, facets, typo tolerance, distinct) plus the configured
 * synonyms. Writes are Meilisearch tasks: they return `enqueued` with the task uid, and
 * `waitForTask` lets the Search Module wait before it swaps versions or acknowledges an event.
 *
 * Failures to reach the server are reported to the process-wide availability tracker
 * (availability.ts), which the storefront routes consult to fall back to PostgreSQL. Creating
 * an index while the server is down does not fail the migration: it is logged, and the settings
 * are applied before this process first writes to the index instead.
 */
export class MeilisearchSearchProviderService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly logger_?: Logger
  protected readonly options_: MeilisearchProviderOptions
  protected readonly availability_: MeilisearchAvailability
  protected client_?: Promise<MeilisearchClient>
  /** Physical indexes whose settings this process has applied. */
  protected readonly settled_ = new Set<string>()
  /** Field plans of the physical indexes this process has seen a definition for. */
  protected readonly plans_ = new Map<string, IndexPlan>()

  constructor({ logger }: Dependencies, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host || typeof options.host !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, 'The Meilisearch search provider needs a "host" option')
    }
    this.logger_ = logger
    this.options_ = options
    this.availability_ = meilisearchAvailability(options.host, options.api_key, {
      onChange: (available, reason) =>
        available
          ? logger?.info(`[search] Meilisearch at ${options.host} is reachable (${reason})`)
          : logger?.warn(`[search] Meilisearch at ${options.host} is unreachable (${reason})`),
    })
  }

  /** The official client is ESM-only: loaded on first use. */
  protected async createClient(): Promise<MeilisearchClient> {
    const { Meilisearch } = await import("meilisearch")
    return new Meilisearch({
      host: this.options_.host,
      apiKey: this.options_.api_key,
      timeout: this.options_.request_timeout_ms ?? 5_000,
    })
  }

  protected client(): Promise<MeilisearchClient> {
    this.client_ ??= this.createClient()
    return this.client_
  }

  /** Runs a request, translating errors and reporting reachability. */
  protected async call<T>(run: (client: MeilisearchClient) => Promise<T>): Promise<T> {
    try {
      const result = await run(await this.client())
      this.availability_.reportSuccess()
      return result
    } catch (error) {
      const { error: translated, reachable } = translateError(error)
      if (!reachable) {
        this.availability_.reportFailure(translated.message)
      }
      throw translated
    }
  }

  private task(task: { taskUid: number; indexUid?: string | null }, index?: string): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index: task.indexUid ?? index, status: "enqueued" }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    // Unsupported definitions fail here, before any request: at migration time.
    const settings = buildSettings(index, this.options_)
    const plan = buildIndexPlan(index)
    this.plans_.set(index.physical_name, plan)
    try {
      const task = await this.applySettings(index.physical_name, plan, settings)
      return this.task(task, index.physical_name)
    } catch (error) {
      if (error instanceof MedusaError && error.type === MedusaError.Types.UNEXPECTED_STATE) {
        this.logger_?.warn(
          `[search] Could not create Meilisearch index "${index.physical_name}" (${error.message}); ` +
            "its settings are applied on the first write once Meilisearch answers"
        )
        return { index: index.physical_name, status: "failed", error: { message: error.message } }
      }
      throw error
    }
  }

  /** Creates the index with its primary key if needed (recreating it for another key), then sets its settings. */
  protected async applySettings(name: string, plan: IndexPlan, settings: ReturnType<typeof buildSettings>) {
    return this.call(async (client) => {
      let existing: { primaryKey?: string | null } | undefined
      try {
        existing = await client.getRawIndex(name)
      } catch (error) {
        if (!isNotFound(error)) {
          throw error
        }
      }
      if (existing && existing.primaryKey && existing.primaryKey !== plan.primaryKey) {
        await client.deleteIndex(name).waitTask()
        existing = undefined
      }
      if (!existing) {
        await client.createIndex(name, { primaryKey: plan.primaryKey })
      }
      const task = await client.index(name).updateSettings(settings)
      this.settled_.add(name)
      return task
    })
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    this.settled_.delete(index)
    return this.call(async (client) => this.task(await client.deleteIndex(index), index))
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    return this.call(async (client) => {
      const [indexes, stats] = await Promise.all([client.getRawIndexes({ limit: 1000 }), client.getStats()])
      return indexes.results.map((index) => ({
        name: index.uid,
        provider: MeilisearchSearchProviderService.identifier,
        document_count: stats.indexes[index.uid]?.numberOfDocuments ?? 0,
        created_at: new Date(index.createdAt),
        updated_at: new Date(index.updatedAt),
      }))
    })
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const plan = buildIndexPlan(definition)
    this.plans_.set(index, plan)
    if (!this.settled_.has(index)) {
      // Settings may never have reached the server (created during an outage, or by another process).
      await this.applySettings(index, plan, buildSettings(definition, this.options_))
    }
    if (!documents.length) {
      return { index, status: "succeeded" }
    }
    const encoded = documents.map((document) => encodeDocument(document, plan))
    return this.call(async (client) =>
      this.task(await client.index(index).addDocuments(encoded, { primaryKey: plan.primaryKey }), index)
    )
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    return this.call(async (client) => {
      const target = client.index(index)
      const known = this.plans_.get(index)
      const ids = extractPrimaryKeyFilter(filters, { primary_key: known?.primaryKey ?? "id" })
      if (ids) {
        return this.task(await target.deleteDocuments(ids), index)
      }
      // Deleting by other fields needs their types: from a definition seen by this process, or
      // (as strings) from the index's filterable attributes.
      const plan = known ?? (await this.planFromSettings(target))
      const filter = compileFilter(filters, plan)
      if (!filter) {
        throw notAllowed(`Deleting from Meilisearch index "${index}" needs filters that select something`)
      }
      return this.task(await target.deleteDocuments({ filter }), index)
    })
  }

  protected async planFromSettings(target: ReturnType<MeilisearchClient["index"]>): Promise<IndexPlan> {
    const [settings, primaryKey] = await Promise.all([target.getSettings(), target.fetchPrimaryKey()])
    const paths = (settings.filterableAttributes ?? []).filter((a): a is string => typeof a === "string")
    return {
      primaryKey: primaryKey ?? "id",
      fields: new Map(
        paths.map((path) => [
          path,
          { path, kind: "string", array: false, searchable: false, weight: 1, filterable: true, sortable: false, facetable: false, retrievable: true },
        ])
      ),
    }
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.call(async (client) => this.task(await client.index(index).deleteAllDocuments(), index))
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query — and the extra range-facet counts — in one multi-search request. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) {
      return []
    }
    const plans = inputs.map((input) => {
      const plan = buildIndexPlan(input.index)
      this.plans_.set(input.index.physical_name, plan)
      return planSearch(input, plan)
    })
    const queries: MultiSearchQuery[] = plans.flatMap((plan) => plan.queries)
    const { results } = (await this.call((client) => client.multiSearch({ queries }))) as { results: MeiliResult[] }
    let offset = 0
    return plans.map((plan) => {
      const slice = results.slice(offset, offset + plan.queries.length)
      offset += plan.queries.length
      return plan.assemble(slice)
    })
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (task.id === undefined || task.status === "succeeded" || task.status === "failed") {
      return task
    }
    const settled = await this.call((client) =>
      client.tasks.waitForTask(Number(task.id), {
        timeout: options?.timeout_ms ?? this.options_.task_timeout_ms ?? 120_000,
        interval: 100,
      })
    )
    if (settled.status === "succeeded") {
      return { ...task, status: "succeeded" }
    }
    if (settled.error?.code === "index_not_found") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, settled.error.message)
    }
    return {
      ...task,
      status: "failed",
      error: { message: settled.error?.message ?? `Meilisearch task ${task.id} ended ${settled.status}`, code: settled.error?.code },
    }
  }
}
