import { describe, expect, it } from "vitest"
import { catalogCacheSeconds, createMicroCache } from "./micro-cache"

describe("catalog micro-cache", () => {
  it("serves one backend call to every request within the time to live, then calls again", async () => {
    let clock = 0
    let calls = 0
    const cache = createMicroCache({ ttlMs: 10_000, now: () => clock })
    const load = async () => ++calls
    expect(await cache.read("home", load)).toBe(1)
    clock = 9_999
    expect(await cache.read("home", load)).toBe(1)
    expect(await cache.read("other", load)).toBe(2)
    clock = 10_000
    expect(await cache.read("home", load)).toBe(3)
  })

  it("shares one call between concurrent misses (single flight)", async () => {
    let calls = 0
    let release!: (value: string) => void
    const cache = createMicroCache({ ttlMs: 1_000 })
    const load = () => {
      calls++
      return new Promise<string>((resolve) => (release = resolve))
    }
    const answers = Promise.all([cache.read("k", load), cache.read("k", load), cache.read("k", load)])
    release("v")
    expect(await answers).toEqual(["v", "v", "v"])
    expect(calls).toBe(1)
  })

  it("never keeps a failure: the next request calls the backend again", async () => {
    let calls = 0
    const cache = createMicroCache({ ttlMs: 60_000 })
    const failing = async () => {
      calls++
      throw new Error("backend down")
    }
    await expect(cache.read("k", failing)).rejects.toThrow("backend down")
    await Promise.resolve()
    expect(await cache.read("k", async () => "up")).toBe("up")
    expect(calls).toBe(1)
  })

  it("is off with a zero time to live, and holds a bounded number of keys", async () => {
    let calls = 0
    const off = createMicroCache({ ttlMs: 0 })
    await off.read("k", async () => ++calls)
    await off.read("k", async () => ++calls)
    expect(calls).toBe(2)
    expect(off.size).toBe(0)

    const small = createMicroCache({ ttlMs: 60_000, maxEntries: 3 })
    for (const key of ["a", "b", "c", "d"]) await small.read(key, async () => key)
    expect(small.size).toBe(3)
    expect(await small.read("a", async () => "reloaded")).toBe("reloaded")
  })

  it("lasts 10 s in production and is off elsewhere unless CATALOG_CACHE_SECONDS says otherwise", () => {
    expect(catalogCacheSeconds({ NODE_ENV: "production" })).toBe(10)
    expect(catalogCacheSeconds({ NODE_ENV: "development" })).toBe(0)
    expect(catalogCacheSeconds({ NODE_ENV: "production", CATALOG_CACHE_SECONDS: "0" })).toBe(0)
    expect(catalogCacheSeconds({ CATALOG_CACHE_SECONDS: "30" })).toBe(30)
    expect(catalogCacheSeconds({ NODE_ENV: "production", CATALOG_CACHE_SECONDS: "soon" })).toBe(10)
    expect(catalogCacheSeconds({ NODE_ENV: "production", CATALOG_CACHE_SECONDS: "-1" })).toBe(10)
  })
})
