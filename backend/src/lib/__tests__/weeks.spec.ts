import { describe, expect, it } from "vitest"
import { isoWeekOf, isoWeeksBetween } from "../weeks"

describe("isoWeekOf", () => {
  it("starts weeks on Monday and numbers them by their Thursday's year (ISO 8601)", () => {
    // Known calendar facts: 2026-12-04 is a Friday in week 49; 2021-01-01 (Friday) is in 2020-W53;
    // 2024-12-30 (Monday) is in 2025-W01; 2026-01-01 (Thursday) is in 2026-W01.
    expect(isoWeekOf("2026-12-04")).toEqual({ week: "2026-W49", week_start: "2026-11-30" })
    expect(isoWeekOf("2026-11-30")).toEqual({ week: "2026-W49", week_start: "2026-11-30" })
    expect(isoWeekOf("2026-12-06")).toEqual({ week: "2026-W49", week_start: "2026-11-30" })
    expect(isoWeekOf("2021-01-01")).toEqual({ week: "2020-W53", week_start: "2020-12-28" })
    expect(isoWeekOf("2024-12-30")).toEqual({ week: "2025-W01", week_start: "2024-12-30" })
    expect(isoWeekOf("2026-01-01")).toEqual({ week: "2026-W01", week_start: "2025-12-29" })
  })
})

describe("isoWeeksBetween", () => {
  it("lists every week touching the days, partial first and last weeks included", () => {
    expect(isoWeeksBetween("2026-12-04", "2026-12-04").map((w) => w.week)).toEqual(["2026-W49"])
    expect(isoWeeksBetween("2026-11-29", "2026-12-14").map((w) => w.week_start)).toEqual([
      "2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14",
    ])
    expect(isoWeeksBetween("2025-12-29", "2026-12-31")).toHaveLength(53)
  })
})
