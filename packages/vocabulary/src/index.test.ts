import { describe, expect, it } from "vitest"
import { BANKS, bankByCode, CATEGORIES, checkPartDetail, CREATIVE_SUBSECTORS, normalizeAccountNumber, readyDateWindow, todayInWib } from "./index.js"

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe("categories", () => {
  it("has the three main categories with five sub-categories each and unique handles", () => {
    expect(CATEGORIES.map((c) => c.handle)).toEqual(["kuliner", "fesyen", "kriya"])
    const handles = CATEGORIES.flatMap((c) => [c.handle, ...c.children.map((s) => s.handle)])
    expect(new Set(handles).size).toBe(handles.length)
    for (const handle of handles) expect(handle).toMatch(HANDLE)
    for (const category of CATEGORIES) {
      expect(category.children).toHaveLength(5)
      expect(category.nameEn).not.toBe("")
      expect(category.description.length).toBeGreaterThan(20)
    }
    expect(CATEGORIES[1].children.map((c) => c.handle)).toContain("batik")
  })

  it("lists the 17 creative-economy subsectors", () => {
    expect(CREATIVE_SUBSECTORS).toHaveLength(17)
    expect(new Set(CREATIVE_SUBSECTORS.map((s) => s.code)).size).toBe(17)
    expect(CREATIVE_SUBSECTORS.map((s) => s.code)).toEqual(expect.arrayContaining(["kuliner", "fesyen", "kriya"]))
  })
})

describe("banks", () => {
  it("lists each bank once with a three-digit code, the big ones with their transfer codes", () => {
    expect(new Set(BANKS.map((b) => b.code)).size).toBe(BANKS.length)
    for (const bank of BANKS) expect(bank.code).toMatch(/^\d{3}$/)
    expect(bankByCode("014")?.name).toBe("BCA")
    expect(bankByCode("002")?.name).toBe("BRI")
    expect(bankByCode("451")?.name).toMatch(/^BSI/)
    expect(bankByCode("999")).toBeUndefined()
  })

  it("keeps only the digits of an account number of 6 to 20 digits", () => {
    expect(normalizeAccountNumber(" 123-456 7890 ")).toBe("1234567890")
    expect(normalizeAccountNumber("12345")).toBeNull()
    expect(normalizeAccountNumber("1".repeat(21))).toBeNull()
    expect(normalizeAccountNumber("12345a7")).toBeNull()
  })
})

describe("part details (note and pre-order ready date)", () => {
  // 2026-12-04 18:30 UTC is already Saturday 5 December in WIB.
  const NOW = new Date("2026-12-04T18:30:00Z")

  it("counts days from today in WIB, up to 60 days ahead", () => {
    expect(todayInWib(NOW)).toBe("2026-12-05")
    expect(readyDateWindow(3, NOW)).toEqual({ min: "2026-12-08", max: "2027-02-03" })
    expect(readyDateWindow(0, NOW)).toBeNull()
  })

  it("requires a date within the window for a pre-order seller and none for the others", () => {
    expect(checkPartDetail({ ready_date: "2026-12-08", note: "  tidak pedas " }, 3, NOW)).toEqual({
      detail: { note: "tidak pedas", ready_date: "2026-12-08" },
      problems: {},
    })
    expect(checkPartDetail({}, 3, NOW).problems).toEqual({ ready_date: "date_required" })
    expect(checkPartDetail({ ready_date: "2026-12-07" }, 3, NOW).problems).toEqual({ ready_date: "date_too_early" })
    expect(checkPartDetail({ ready_date: "2027-02-04" }, 3, NOW).problems).toEqual({ ready_date: "date_too_late" })
    expect(checkPartDetail({ ready_date: "2026-02-30" }, 3, NOW).problems).toEqual({ ready_date: "date_invalid" })
    expect(checkPartDetail({ ready_date: "2026-12-10" }, 0, NOW).problems).toEqual({ ready_date: "date_not_preorder" })
    expect(checkPartDetail({ note: "" }, 0, NOW)).toEqual({ detail: { note: null, ready_date: null }, problems: {} })
  })

  it("takes notes up to 280 characters", () => {
    expect(checkPartDetail({ note: "a".repeat(280) }, 0, NOW).problems).toEqual({})
    expect(checkPartDetail({ note: "a".repeat(281) }, 0, NOW).problems).toEqual({ note: "note_too_long" })
    expect(checkPartDetail({ note: 12 }, 0, NOW).problems).toEqual({ note: "note_invalid" })
  })
})
