import { describe, expect, it } from "vitest"
import { dayIntervalProblems, isIsoDate, isOpenNow, parseTime, type OpeningSchedule } from "../opening-hours"

/** A wall-clock time in WIB (UTC+7) as an instant. 2026-11-23 is a Monday. */
const wib = (local: string) => new Date(`${local}:00+07:00`)

const shop: OpeningSchedule = {
  time_zone: "Asia/Jakarta",
  opening_hours: {
    mon: [{ open: "08:00", close: "17:00" }],
    fri: [
      { open: "08:00", close: "11:30" },
      { open: "13:00", close: "17:00" },
    ],
  },
  holiday_closures: [],
}

describe("isOpenNow", () => {
  it("reads weekday and time in the seller's zone, with half-open intervals", () => {
    expect(isOpenNow(shop, wib("2026-11-23T08:00"))).toBe(true)
    expect(isOpenNow(shop, wib("2026-11-23T16:59"))).toBe(true)
    expect(isOpenNow(shop, wib("2026-11-23T17:00"))).toBe(false)
    expect(isOpenNow(shop, wib("2026-11-23T07:59"))).toBe(false)
    // Monday 08:30 WIB is Monday 01:30 UTC; Sunday 23:30 UTC is already Monday 06:30 WIB (closed).
    expect(isOpenNow(shop, new Date("2026-11-23T01:30:00Z"))).toBe(true)
    expect(isOpenNow(shop, new Date("2026-11-22T23:30:00Z"))).toBe(false)
  })

  it("treats a missing or empty day as closed", () => {
    expect(isOpenNow(shop, wib("2026-11-24T10:00"))).toBe(false) // Tuesday: no key
    expect(isOpenNow({ ...shop, opening_hours: { tue: [] } }, wib("2026-11-24T10:00"))).toBe(false)
    expect(isOpenNow({ opening_hours: null }, wib("2026-11-24T10:00"))).toBe(false)
  })

  it("supports several intervals per day (Friday prayer break)", () => {
    expect(isOpenNow(shop, wib("2026-11-27T11:00"))).toBe(true)
    expect(isOpenNow(shop, wib("2026-11-27T12:15"))).toBe(false)
    expect(isOpenNow(shop, wib("2026-11-27T13:00"))).toBe(true)
  })

  it("keeps an overnight interval open past midnight into the next day", () => {
    const stall: OpeningSchedule = { opening_hours: { fri: [{ open: "18:00", close: "02:00" }] } }
    expect(isOpenNow(stall, wib("2026-11-27T17:59"))).toBe(false)
    expect(isOpenNow(stall, wib("2026-11-27T23:59"))).toBe(true)
    expect(isOpenNow(stall, wib("2026-11-28T00:30"))).toBe(true) // Saturday, Friday's interval
    expect(isOpenNow(stall, wib("2026-11-28T02:00"))).toBe(false)
    expect(isOpenNow(stall, wib("2026-11-28T18:30"))).toBe(false) // Saturday has no interval itself
    expect(isOpenNow(stall, wib("2026-11-26T00:30"))).toBe(false) // Thursday night: Wednesday closed
  })

  it("wraps the week: Sunday's overnight interval continues into Monday", () => {
    const stall: OpeningSchedule = { opening_hours: { sun: [{ open: "20:00", close: "01:00" }] } }
    expect(isOpenNow(stall, wib("2026-11-23T00:45"))).toBe(true)
    expect(isOpenNow(stall, wib("2026-11-23T01:00"))).toBe(false)
  })

  it("accepts 24:00 as the end of the day", () => {
    const late: OpeningSchedule = { opening_hours: { mon: [{ open: "10:00", close: "24:00" }] } }
    expect(isOpenNow(late, wib("2026-11-23T23:59"))).toBe(true)
    expect(isOpenNow(late, wib("2026-11-24T00:00"))).toBe(false)
  })

  it("honours holiday closures for intervals that start on the closed date", () => {
    const closed = { ...shop, holiday_closures: ["2026-11-23"] }
    expect(isOpenNow(closed, wib("2026-11-23T10:00"))).toBe(false)
    expect(isOpenNow(closed, wib("2026-11-30T10:00"))).toBe(true)

    const stall: OpeningSchedule = {
      opening_hours: { fri: [{ open: "18:00", close: "02:00" }] },
      holiday_closures: ["2026-11-27"],
    }
    expect(isOpenNow(stall, wib("2026-11-27T20:00"))).toBe(false)
    expect(isOpenNow(stall, wib("2026-11-28T01:00"))).toBe(false)
    // A closure on Saturday doesn't cut Friday night short.
    expect(isOpenNow({ ...stall, holiday_closures: ["2026-11-28"] }, wib("2026-11-28T01:00"))).toBe(true)
  })

  it("uses the seller's own zone (WITA is an hour ahead of WIB)", () => {
    const makassar: OpeningSchedule = { ...shop, time_zone: "Asia/Makassar" }
    // 16:30 WIB = 17:30 WITA: the Jakarta shop is open, the Makassar one has closed.
    expect(isOpenNow(shop, wib("2026-11-23T16:30"))).toBe(true)
    expect(isOpenNow(makassar, wib("2026-11-23T16:30"))).toBe(false)
    // Default zone is WIB.
    expect(isOpenNow({ ...shop, time_zone: null }, wib("2026-11-23T16:30"))).toBe(true)
  })

  it("ignores malformed stored intervals instead of throwing", () => {
    const broken = { opening_hours: { mon: [{ open: "8", close: "17:00" }, { open: "09:00", close: "09:00" }] } }
    expect(isOpenNow(broken, wib("2026-11-23T10:00"))).toBe(false)
  })
})

describe("opening-hours validation helpers", () => {
  it("parses HH:MM and 24:00 only as a closing time", () => {
    expect(parseTime("00:00")).toBe(0)
    expect(parseTime("23:59")).toBe(1439)
    expect(parseTime("24:00")).toBeNull()
    expect(parseTime("24:00", true)).toBe(1440)
    for (const bad of ["8:00", "25:00", "12:60", "12.00", "noon", ""]) {
      expect(parseTime(bad, true)).toBeNull()
    }
  })

  it("reports bad times, empty and overlapping intervals by index", () => {
    expect(dayIntervalProblems([{ open: "08:00", close: "12:00" }, { open: "13:00", close: "02:00" }])).toEqual([])
    expect(dayIntervalProblems([{ open: "8:00", close: "25:00" }]).map((p) => p.field)).toEqual(["open", "close"])
    expect(dayIntervalProblems([{ open: "10:00", close: "10:00" }])).toEqual([
      expect.objectContaining({ index: 0, field: "close" }),
    ])
    expect(dayIntervalProblems([{ open: "08:00", close: "12:00" }, { open: "11:00", close: "14:00" }])).toEqual([
      expect.objectContaining({ index: 1, field: null }),
    ])
    // An overnight interval occupies the evening: nothing may start after it the same day.
    expect(dayIntervalProblems([{ open: "18:00", close: "02:00" }, { open: "20:00", close: "21:00" }])).toHaveLength(1)
  })

  it("accepts only real YYYY-MM-DD dates", () => {
    expect(isIsoDate("2026-08-17")).toBe(true)
    expect(isIsoDate("2028-02-29")).toBe(true)
    expect(isIsoDate("2026-02-29")).toBe(false)
    expect(isIsoDate("2026-8-17")).toBe(false)
    expect(isIsoDate("17-08-2026")).toBe(false)
  })
})
