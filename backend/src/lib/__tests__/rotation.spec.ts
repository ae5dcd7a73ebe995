import { describe, expect, it } from "vitest"
import { rotate, rotationPeriod } from "../rotation"

/** 33 sellers (as seeded) with 1 to 6 products each. */
const SELLERS = Array.from({ length: 33 }, (_, s) => `sel_${String(s).padStart(2, "0")}`)
const ITEMS = SELLERS.flatMap((seller, s) =>
  Array.from({ length: 1 + (s % 6) }, (_, p) => ({ id: `prod_${s}_${p}`, seller_id: seller }))
)
const DAY = Array.from({ length: 24 }, (_, hour) => rotationPeriod(new Date(`2026-11-23T${String(hour).padStart(2, "0")}:30:00+07:00`)).index)

const sellersOf = (items: { seller_id: string }[]) => items.map((item) => item.seller_id)

describe("rotationPeriod", () => {
  it("is the hour in WIB, the same for every instant in it", () => {
    const a = rotationPeriod(new Date("2026-11-23T10:00:00+07:00"))
    expect(rotationPeriod(new Date("2026-11-23T10:59:59.999+07:00"))).toEqual(a)
    expect(rotationPeriod(new Date("2026-11-23T11:00:00+07:00")).index).toBe(a.index + 1)
    expect(a.starts_at).toBe("2026-11-23T03:00:00.000Z")
    expect(a.ends_at).toBe("2026-11-23T04:00:00.000Z")
    // A day in WIB is 24 consecutive periods starting at 00:00 WIB.
    expect(DAY).toEqual(Array.from({ length: 24 }, (_, h) => DAY[0] + h))
    expect(rotationPeriod(new Date("2026-11-22T17:00:00Z")).index).toBe(DAY[0])
  })
})

describe("rotate", () => {
  it("shows one product per seller, no seller twice, while there are more sellers than slots", () => {
    for (const period of DAY) {
      const shown = rotate(ITEMS, period, 12)
      expect(shown).toHaveLength(12)
      expect(new Set(sellersOf(shown)).size).toBe(12)
    }
  })

  it("shows every seller across a day's periods, each about equally often", () => {
    const times = new Map(SELLERS.map((s) => [s, 0]))
    for (const period of DAY) for (const item of rotate(ITEMS, period, 12)) times.set(item.seller_id, times.get(item.seller_id)! + 1)
    const counts = [...times.values()]
    expect(Math.min(...counts)).toBeGreaterThan(0)
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
    // ⌈33 / 12⌉ = 3 consecutive periods already show everyone.
    expect(new Set(DAY.slice(5, 8).flatMap((p) => sellersOf(rotate(ITEMS, p, 12)))).size).toBe(33)
  })

  it("moves on to a seller's next product each time the seller comes round", () => {
    const seller = SELLERS[5] // 6 products
    const shown = DAY.flatMap((p) => rotate(ITEMS, p, 12)).filter((item) => item.seller_id === seller)
    expect(shown.length).toBeGreaterThanOrEqual(6)
    expect(new Set(shown.slice(0, 6).map((item) => item.id)).size).toBe(6)
  })

  it("is stable within a period and does not depend on the input order", () => {
    const period = DAY[10]
    const first = rotate(ITEMS, period, 12)
    expect(rotate(ITEMS, period, 12)).toEqual(first)
    expect(rotate([...ITEMS].reverse(), period, 12)).toEqual(first)
    expect(rotate(ITEMS, period + 1, 12)).not.toEqual(first)
  })

  it("with more slots than sellers, gives each seller a second product before a third, without repeats", () => {
    const few = ITEMS.filter((item) => ["sel_01", "sel_02", "sel_05"].includes(item.seller_id)) // 2, 3 and 6 products
    const shown = rotate(few, DAY[0], 9)
    expect(new Set(shown.map((item) => item.id)).size).toBe(9)
    const perSeller = (list: typeof shown) => {
      const counts = new Map<string, number>()
      for (const item of list) counts.set(item.seller_id, (counts.get(item.seller_id) ?? 0) + 1)
      return [...counts.values()]
    }
    expect(perSeller(shown.slice(0, 6)).sort()).toEqual([2, 2, 2])
    // Asking for more than exists returns everything once.
    expect(rotate(few, DAY[0], 50)).toHaveLength(few.length)
    expect(rotate([], DAY[0], 12)).toEqual([])
    expect(rotate(few, DAY[0], 0)).toEqual([])
  })
})
