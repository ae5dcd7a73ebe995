import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it, vi } from "vitest"
import { MeilisearchAvailability } from "./availability"
import { MeilisearchSearchProviderService, type MeilisearchClient } from "./service"

const definition = {
  name: "product",
  entity: "product",
  provider: "meilisearch",
  primary_key: "id",
  physical_name: "product_v1",
  definition_hash: "h",
  settings: {},
  seed: async function* () {},
  fields: {
    id: { type: "keyword", filterable: true },
    title: { type: "text", searchable: true },
    created_at: { type: "date", sortable: true },
  },
} as SearchTypes.ResolvedSearchIndexDefinition

const enqueued = (taskUid: number) => Object.assign(Promise.resolve({ taskUid, indexUid: "product_v1" }), { waitTask: vi.fn() })

/** The provider with a recording stand-in for the official client (no server involved). */
function provider(client: Partial<Record<keyof MeilisearchClient, unknown>>, host = `http://meili-${Math.random()}.test`) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  class Testable extends MeilisearchSearchProviderService {
    protected async createClient() {
      return client as unknown as MeilisearchClient
    }
  }
  return { service: new Testable({ logger: logger as never }, { host, synonyms: [["kopi", "coffee"]] }), logger }
}

const unreachable = () => Object.assign(new Error("Request to http://meili.test/indexes has failed"), { name: "MeilisearchRequestError" })

describe("MeilisearchSearchProviderService", () => {
  it("creates the index with its primary key and applies the definition's settings", async () => {
    const updateSettings = vi.fn(() => enqueued(7))
    const client = {
      getRawIndex: vi.fn(async () => {
        throw Object.assign(new Error("not found"), { name: "MeilisearchApiError", cause: { code: "index_not_found" } })
      }),
      createIndex: vi.fn(() => enqueued(6)),
      index: vi.fn(() => ({ updateSettings })),
    }
    const { service } = provider(client)
    const task = await service.upsertIndex({ index: definition })
    expect(client.createIndex).toHaveBeenCalledWith("product_v1", { primaryKey: "id" })
    expect(updateSettings).toHaveBeenCalledWith(expect.objectContaining({ searchableAttributes: ["title"], synonyms: { kopi: ["coffee"], coffee: ["kopi"] } }))
    expect(task).toEqual({ id: "7", index: "product_v1", status: "enqueued" })
  })

  it("writes documents with dates as epoch milliseconds and returns the task to wait for", async () => {
    const addDocuments = vi.fn(() => enqueued(9))
    const client = {
      getRawIndex: vi.fn(async () => ({ uid: "product_v1", primaryKey: "id" })),
      index: vi.fn(() => ({ updateSettings: vi.fn(() => enqueued(8)), addDocuments })),
    }
    const { service } = provider(client)
    const task = await service.upsertDocuments({
      index: "product_v1",
      definition,
      documents: [{ id: "prod_1", title: "Kopi", created_at: "2026-01-01T00:00:00.000Z" }],
    })
    expect(addDocuments).toHaveBeenCalledWith([{ id: "prod_1", title: "Kopi", created_at: Date.UTC(2026, 0, 1) }], { primaryKey: "id" })
    expect(task).toEqual({ id: "9", index: "product_v1", status: "enqueued" })
  })

  it("deletes by id through the id path and by filter otherwise", async () => {
    const deleteDocuments = vi.fn(() => enqueued(3))
    const client = {
      index: vi.fn(() => ({
        deleteDocuments,
        getSettings: async () => ({ filterableAttributes: ["id", "city"] }),
        fetchPrimaryKey: async () => "id",
      })),
    }
    const { service } = provider(client)
    await service.deleteDocuments({ index: "product_v1", filters: { id: ["prod_1", "prod_2"] } })
    expect(deleteDocuments).toHaveBeenLastCalledWith(["prod_1", "prod_2"])
    await service.deleteDocuments({ index: "product_v1", filters: { city: "Kota Depok" } })
    expect(deleteDocuments).toHaveBeenLastCalledWith({ filter: 'city = "Kota Depok"' })
  })

  it("maps Meilisearch task outcomes for the Search Module", async () => {
    const waitForTask = vi
      .fn()
      .mockResolvedValueOnce({ uid: 1, status: "succeeded" })
      .mockResolvedValueOnce({ uid: 2, status: "failed", error: { code: "invalid_document_id", message: "bad id" } })
      .mockResolvedValueOnce({ uid: 3, status: "failed", error: { code: "index_not_found", message: "gone" } })
    const { service } = provider({ tasks: { waitForTask } })
    expect(await service.waitForTask({ id: "1", status: "enqueued" })).toEqual({ id: "1", status: "succeeded" })
    expect(await service.waitForTask({ id: "2", status: "enqueued" })).toEqual({
      id: "2",
      status: "failed",
      error: { message: "bad id", code: "invalid_document_id" },
    })
    await expect(service.waitForTask({ id: "3", status: "enqueued" })).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
  })

  it("sends every query and range count in one multi-search request", async () => {
    const multiSearch = vi.fn(async () => ({
      results: [
        { hits: [{ id: "prod_1", title: "Kopi" }], estimatedTotalHits: 1, processingTimeMs: 1 },
        { hits: [], estimatedTotalHits: 0, processingTimeMs: 1 },
      ],
    }))
    const { service } = provider({ multiSearch })
    const results = await service.searchMany([
      { index: definition, attributes_to_retrieve: ["id", "title"], q: "kopi" },
      { index: definition, attributes_to_retrieve: ["id", "title"], q: "teh" },
    ])
    expect(multiSearch).toHaveBeenCalledTimes(1)
    expect(results.map((r) => r.hits.length)).toEqual([1, 0])
  })

  it("reports an unreachable server, and doesn't fail a migration over it", async () => {
    const client = { getRawIndex: vi.fn(async () => Promise.reject(unreachable())), multiSearch: vi.fn(async () => Promise.reject(unreachable())) }
    const { service, logger } = provider(client)
    const task = await service.upsertIndex({ index: definition })
    expect(task.status).toBe("failed")
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("settings are applied on the first write"))
    await expect(service.search({ index: definition, attributes_to_retrieve: ["id"], q: "kopi" })).rejects.toMatchObject({
      type: MedusaError.Types.UNEXPECTED_STATE,
    })
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("is unreachable"))
  })

  it("turns a refused request into a 400-type error, not an outage", async () => {
    const refused = Object.assign(new Error("bad filter"), {
      name: "MeilisearchApiError",
      cause: { code: "invalid_search_filter", message: "Attribute `warna` is not filterable." },
      response: { status: 400 },
    })
    const { service } = provider({ multiSearch: vi.fn(async () => Promise.reject(refused)) })
    await expect(service.search({ index: definition, attributes_to_retrieve: ["id"], q: "kopi" })).rejects.toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
    })
  })
})

describe("MeilisearchAvailability", () => {
  it("probes /health, caches the answer, and takes reported failures at once", async () => {
    const fetch = vi.fn(async () => new Response("{}", { status: 200 }))
    const changes: boolean[] = []
    const availability = new MeilisearchAvailability("http://meili.test", "key", { fetch, ttl_ms: 1000, onChange: (up) => changes.push(up) })
    expect(await availability.isAvailable()).toBe(true)
    expect(await availability.isAvailable()).toBe(true)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch).toHaveBeenCalledWith(new URL("http://meili.test/health"), expect.objectContaining({ headers: { Authorization: "Bearer key" } }))
    availability.reportFailure("connection refused")
    expect(await availability.isAvailable()).toBe(false)
    expect(changes).toEqual([true, false])
  })

  it("answers no when the probe fails or times out, and probes again after the TTL", async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error("ECONNREFUSED")).mockResolvedValueOnce(new Response("{}", { status: 200 }))
    const availability = new MeilisearchAvailability("http://meili.test", undefined, { fetch, ttl_ms: 10 })
    expect(await availability.isAvailable()).toBe(false)
    expect(await availability.isAvailable(Date.now() + 50)).toBe(true)
  })
})
