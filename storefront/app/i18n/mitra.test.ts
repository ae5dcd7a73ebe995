import { describe, expect, it } from "vitest"
import { t } from "./panel"
import { mitraEn } from "./mitra.en"
import { mitraId } from "./mitra.id"

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("seller panel dictionaries", () => {
  it("have the same keys and placeholders in Indonesian and English", () => {
    expect(Object.keys(mitraEn).sort()).toEqual(Object.keys(mitraId).sort())
    for (const key of Object.keys(mitraId) as (keyof typeof mitraId)[]) {
      expect(mitraEn[key].trim(), key).not.toBe("")
      expect(placeholders(mitraEn[key]), key).toEqual(placeholders(mitraId[key]))
    }
  })

  it("are reachable through t()", () => {
    expect(t("id", "mitra.waiting.heading")).toBe("Menunggu verifikasi kota")
    expect(t("en", "mitra.tab.baru")).toBe("New")
  })
})
