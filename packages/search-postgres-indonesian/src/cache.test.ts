import { afterEach, describe, expect, it, vi } from "vitest"
import { TtlCache } from "./cache"

describe("the provider's in-process cache", () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it("forgets entries after their time, drops the oldest beyond its size, and clears", () => {
    vi.useFakeTimers()
    const cache = new TtlCache<number>(1_000, 2)
    cache.set("a", 1)
    vi.advanceTimersByTime(600)
    cache.set("b", 2)
    expect(cache.get("a")).toBe(1)
    vi.advanceTimersByTime(500)
    expect(cache.get("a")).toBeUndefined()
    expect(cache.get("b")).toBe(2)

    cache.set("c", 3)
    cache.set("d", 4)
    expect(cache.get("b")).toBeUndefined()
    expect([cache.get("c"), cache.get("d")]).toEqual([3, 4])
    cache.clear()
    expect(cache.get("d")).toBeUndefined()
  })
})
