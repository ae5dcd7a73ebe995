import { describe, expect, it } from "vitest"
import { clock, nextOpening, upcomingClosures, weekHours, zoneLabel, type Schedule } from "./opening-hours"

const shop: Schedule = {
  time_zone: "Asia/Jakarta",
  opening_hours: {
    mon: [{ open: "08:00", close: "17:00" }],
    tue: [{ open: "08:00", close: "17:00" }],
    sat: [
      { open: "16:00", close: "21:00" },
      { open: "07:00", close: "11:00" },
    ],
  },
  holiday_closures: ["2026-12-07", "2026-01-01"],
}

// 2026-12-04 is a Friday. 10:00 UTC = 17:00 WIB.
const fridayEvening = new Date("2026-12-04T10:00:00Z")

describe("opening hours", () => {
  it("labels Indonesian zones and writes times with a dot", () => {
    expect(zoneLabel("Asia/Jakarta")).toBe("WIB")
    expect(zoneLabel("Asia/Makassar")).toBe("WITA")
    expect(zoneLabel("Europe/Paris")).toBe("Europe/Paris")
    expect(clock("08:00")).toBe("08.00")
  })

  it("lists the week from Monday with each day's intervals in order", () => {
    const week = weekHours(shop)
    expect(week.map((d) => d.day)).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
    expect(week[5].intervals.map((i) => i.open)).toEqual(["07:00", "16:00"])
    expect(week[2].intervals).toEqual([])
  })

  it("finds the next opening in the seller's zone, skipping holiday closures", () => {
    // Friday 17:00 → Saturday 07:00.
    expect(nextOpening(shop, fridayEvening)).toEqual({ inDays: 1, weekday: "sat", open: "07:00" })
    // Saturday 12:00 WIB (05:00 UTC) → the second interval, today.
    expect(nextOpening(shop, new Date("2026-12-05T05:00:00Z"))).toEqual({ inDays: 0, weekday: "sat", open: "16:00" })
    // Sunday → Monday the 7th is a holiday closure → Tuesday.
    expect(nextOpening(shop, new Date("2026-12-06T05:00:00Z"))).toEqual({ inDays: 2, weekday: "tue", open: "08:00" })
    // Late Friday night UTC is already Saturday in WIB.
    expect(nextOpening(shop, new Date("2026-12-04T23:30:00Z"))).toEqual({ inDays: 0, weekday: "sat", open: "07:00" })
  })

  it("never opens without hours", () => {
    expect(nextOpening({ ...shop, opening_hours: {} }, fridayEvening)).toBeNull()
  })

  it("keeps only closures from today on", () => {
    expect(upcomingClosures(shop, fridayEvening)).toEqual(["2026-12-07"])
  })
})
