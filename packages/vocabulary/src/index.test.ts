import { describe, expect, it } from "vitest"
import { CATEGORIES, CREATIVE_SUBSECTORS } from "./index.js"

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
