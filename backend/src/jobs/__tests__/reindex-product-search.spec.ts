import { afterEach, describe, expect, it, vi } from "vitest"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import reindexProductSearch, { config } from "../reindex-product-search"

function container() {
  const reindex = vi.fn(async (_input: { index: string; strategy: string }) => [])
  const info = vi.fn()
  const resolve = (key: string) => {
    if (key === Modules.SEARCH) return { reindex }
    if (key === ContainerRegistrationKeys.LOGGER) return { info }
    throw new Error(`unexpected ${key}`)
  }
  return { reindex, info, container: { resolve } as unknown as MedusaContainer }
}

describe("the nightly product search reindex", () => {
  afterEach(() => {
    delete process.env.MEILISEARCH_HOST
  })

  it("runs daily just after midnight in Jakarta", () => {
    const [minute, hour, ...rest] = config.schedule.split(" ")
    expect(rest).toEqual(["*", "*", "*"])
    expect((Number(hour) + 7) % 24).toBe(0)
    expect(Number(minute)).toBeLessThan(60)
  })

  it("rebuilds the product index in place, so search keeps answering", async () => {
    const { reindex, info, container: c } = container()
    await reindexProductSearch(c)
    expect(reindex.mock.calls).toEqual([[{ index: "product", strategy: "in_place" }]])
    expect(info).toHaveBeenCalledWith(expect.stringContaining('"product"'))
  })

  it("also rebuilds the PostgreSQL copy when Meilisearch holds the index", async () => {
    process.env.MEILISEARCH_HOST = "http://127.0.0.1:7700"
    const { reindex, container: c } = container()
    await reindexProductSearch(c)
    expect(reindex.mock.calls.map(([input]) => input)).toEqual([
      { index: "product_pg_fallback", strategy: "in_place" },
      { index: "product", strategy: "in_place" },
    ])
  })
})
