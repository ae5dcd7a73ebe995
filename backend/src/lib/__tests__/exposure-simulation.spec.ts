/**
 * A week of shopper traffic on the seeded catalogue through the real fair rotation (decision 095)
 * and the backend's counting (mergeExposureCounts, what POST /internal/exposure stores): every
 * approved seller with a product in stock must be shown at least once (decision 102).
 *
 * Traffic follows a day in Bandung: nobody from 00:00 to 05:59 WIB, a few visits in the morning,
 * most in the evening. Each home visit shows this hour's 24 rotation cards; each main-category
 * visit its first page's 4 rotation cards. A seller with several cards on a page counts once (as
 * the storefront's buffer does).
 */
import { generateSeed } from "@sentra/seed-data"
import { EXPOSURE_SURFACES, mainCategoryOf, type ExposureSurface } from "@sentra/vocabulary"
import { describe, expect, it } from "vitest"
import { mergeExposureCounts, type ExposureCount } from "../../modules/exposure/service"
import { rotate, rotationPeriod } from "../rotation"

const HOME_LIMIT = 24
const CATEGORY_LIMIT = 4
const MAIN_CATEGORIES = ["kuliner", "fesyen", "kriya"] as const
/** Home visits per hour of the day (WIB); category visits are a third of them, per category. */
const VISITS_BY_HOUR = [0, 0, 0, 0, 0, 0, 2, 4, 6, 8, 8, 10, 14, 10, 8, 8, 10, 14, 20, 24, 20, 14, 8, 3]
const WEEK_START = Date.parse("2026-11-23T00:00:00+07:00")

const seed = generateSeed()
/** The rotation's input: every seeded product in stock (the seed approves every seller). */
const items = seed.products
  .filter((p) => p.variants.some((v) => v.stock > 0))
  .map((p) => ({ id: p.handle, seller_id: p.sellerHandle, main: mainCategoryOf(p.categoryHandle) }))
const eligibleSellers = new Set(items.map((i) => i.seller_id))

function simulateWeek(): ExposureCount[] {
  const counts: ExposureCount[] = []
  const page = (surface: ExposureSurface, at: Date, shown: { seller_id: string }[]) => {
    const day = new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
    for (const seller_id of new Set(shown.map((s) => s.seller_id))) counts.push({ seller_id, day, surface, impressions: 1 })
  }
  for (let hour = 0; hour < 7 * 24; hour++) {
    const at = new Date(WEEK_START + hour * 3600_000 + 30 * 60_000)
    const period = rotationPeriod(at).index
    const visits = VISITS_BY_HOUR[hour % 24]
    const home = rotate(items, period, HOME_LIMIT)
    for (let v = 0; v < visits; v++) page("home", at, home)
    for (const main of MAIN_CATEGORIES) {
      const shown = rotate(items.filter((i) => i.main === main), period, CATEGORY_LIMIT)
      for (let v = 0; v < Math.floor(visits / 3); v++) page("category", at, shown)
    }
  }
  return mergeExposureCounts(counts)
}

describe("a simulated week of shopper traffic", () => {
  const merged = simulateWeek()
  const totals = new Map<string, number>()
  for (const row of merged) totals.set(row.seller_id, (totals.get(row.seller_id) ?? 0) + row.impressions)

  it("shows every approved seller with a product in stock at least once (zero-impression sellers: 0)", () => {
    expect(eligibleSellers.size).toBe(seed.sellers.filter((s) => seed.products.some((p) => p.sellerHandle === s.handle)).length)
    const zero = [...eligibleSellers].filter((s) => !totals.get(s))
    const shown = [...eligibleSellers].map((s) => totals.get(s) ?? 0)
    // The simulation's report (decision 102 quotes it).
    console.info(
      `[exposure simulation] ${eligibleSellers.size} approved sellers with a product in stock, ${zero.length} with zero impressions; ` +
        `impressions per seller in the week: min ${Math.min(...shown)}, max ${Math.max(...shown)}`
    )
    expect(zero).toEqual([])
  })

  it("keeps one row per seller, day and surface, and loses no impression in the merge", () => {
    const keys = merged.map((r) => `${r.seller_id} ${r.day} ${r.surface}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(new Set(merged.map((r) => r.day)).size).toBe(7)
    expect(merged.every((r) => (EXPOSURE_SURFACES as readonly string[]).includes(r.surface))).toBe(true)
    const visits = VISITS_BY_HOUR.reduce((a, b) => a + b, 0) * 7
    const homeImpressions = merged.filter((r) => r.surface === "home").reduce((sum, r) => sum + r.impressions, 0)
    // Each home visit shows 24 different sellers (there are more sellers than slots).
    expect(homeImpressions).toBe(visits * HOME_LIMIT)
  })

  it("spreads the home page fairly: no seller gets more than twice another's home impressions in a week", () => {
    const home = new Map<string, number>()
    for (const row of merged.filter((r) => r.surface === "home")) home.set(row.seller_id, (home.get(row.seller_id) ?? 0) + row.impressions)
    const values = [...eligibleSellers].map((s) => home.get(s) ?? 0)
    expect(Math.min(...values)).toBeGreaterThan(0)
    expect(Math.max(...values)).toBeLessThanOrEqual(2 * Math.min(...values))
  })
})
