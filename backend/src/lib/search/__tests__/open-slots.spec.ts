import { generateSeed } from "@sentra/seed-data"
import { describe, expect, it } from "vitest"
import { isOpenNow } from "../../../modules/seller/opening-hours"
import { expandOpenNow } from "../../../api/store/search/helpers"
import { closedSlots, openNowFilter, slotsAt, weeklyOpenSlots } from "../open-slots"

const wib = (local: string) => new Date(`${local}:00+07:00`)
// 2026-11-23 is a Monday.

/** What a search engine does with the document's fields (built at `built`) and openNowFilter(at). */
function slotMatcher(schedule: Parameters<typeof weeklyOpenSlots>[0], built = new Date("2026-11-20T00:00:00Z")) {
  const open = new Set(weeklyOpenSlots(schedule, built))
  const closed = new Set(closedSlots(schedule, built))
  return (at: Date) => {
    const { week, absolute } = slotsAt(at)
    return open.has(week) && !closed.has(absolute)
  }
}
const openBySlots = (schedule: Parameters<typeof weeklyOpenSlots>[0], at: Date) => slotMatcher(schedule)(at)

describe("open now as search slots", () => {
  const shop = {
    time_zone: "Asia/Jakarta",
    opening_hours: { mon: [{ open: "08:00", close: "17:00" }], fri: [{ open: "18:00", close: "02:00" }] },
    holiday_closures: ["2026-11-30"],
  }

  it("converts local opening hours to UTC week slots", () => {
    // Monday 08:00 WIB = Monday 01:00 UTC = slot 4; 17:00 WIB = 10:00 UTC = slot 40 (excluded).
    const slots = weeklyOpenSlots(shop)
    expect(slots.slice(0, 36)).toEqual(Array.from({ length: 36 }, (_, i) => 4 + i))
    expect(slots).not.toContain(40)
  })

  it("keeps overnight intervals open past midnight, into the next UTC day", () => {
    expect(openBySlots(shop, wib("2026-11-27T23:30"))).toBe(true)
    expect(openBySlots(shop, wib("2026-11-28T01:45"))).toBe(true)
    expect(openBySlots(shop, wib("2026-11-28T02:00"))).toBe(false)
  })

  it("closes on a holiday, and only on that date", () => {
    expect(openBySlots(shop, wib("2026-11-23T09:00"))).toBe(true)
    expect(openBySlots(shop, wib("2026-11-30T09:00"))).toBe(false)
  })

  it("agrees with isOpenNow for every seeded seller at every quarter hour of a week", () => {
    const start = wib("2026-11-23T00:00").getTime()
    for (const seller of generateSeed().sellers) {
      const schedule = { time_zone: seller.timeZone, opening_hours: seller.openingHours, holiday_closures: seller.holidayClosures }
      const bySlots = slotMatcher(schedule)
      const disagreements: string[] = []
      for (let minute = 0; minute < 7 * 24 * 60; minute += 15) {
        const at = new Date(start + minute * 60_000)
        if (bySlots(at) !== isOpenNow(schedule, at)) disagreements.push(at.toISOString())
      }
      expect({ seller: seller.handle, disagreements }).toEqual({ seller: seller.handle, disagreements: [] })
    }
  })

  it("expands the open_now shorthand anywhere in a filter tree, and rejects non-booleans", () => {
    const at = wib("2026-11-23T09:00")
    expect(expandOpenNow({ q: "kopi", open_now: true, city: "Kota Bandung" }, at)).toEqual({
      q: "kopi",
      city: "Kota Bandung",
      $and: [openNowFilter(at)],
    })
    expect(expandOpenNow({ $or: [{ open_now: true }, { in_stock: true }] }, at)).toEqual({
      $or: [{ $and: [openNowFilter(at)] }, { in_stock: true }],
    })
    expect(expandOpenNow({ open_now: false, in_stock: true }, at)).toEqual({ in_stock: true })
    expect(() => expandOpenNow({ open_now: "ya" }, at)).toThrow(/open_now must be true or false/)
  })
})
