import { describe, expect, it } from "vitest"
import { BANKS, bankByCode, CATEGORIES, CREATIVE_SUBSECTORS, normalizeAccountNumber } from "./index.js"

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
