import { describe, expect, it } from "vitest"
import { en } from "./en"
import { id } from "./id"
import { DEFAULT_LOCALE, t } from "./index"
import { localeCookie, resolveLocale } from "./locale.server"

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("dictionaries", () => {
  it("have the same keys in Indonesian and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort())
  })

  it("have no empty messages and the same placeholders in both languages", () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(id[key].trim(), key).not.toBe("")
      expect(en[key].trim(), key).not.toBe("")
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]))
    }
  })

  it("carry the Indonesian tagline", () => {
    expect(t("id", "site.tagline")).toBe("Produk kreatif lokal dari kecamatanmu")
  })
})

describe("t", () => {
  it("translates per locale", () => {
    expect(t("id", "home.heading")).toBe("Produk pilihan")
    expect(t("en", "home.heading")).toBe("Featured products")
  })

  it("interpolates variables", () => {
    expect(t("id", "home.count", { count: 24 })).toBe("24 produk")
    expect(t("en", "home.count", { count: "3" })).toBe("3 products")
  })

  it("leaves unknown placeholders as written", () => {
    expect(t("id", "home.count", { other: 1 })).toBe("{count} produk")
    expect(t("id", "home.count")).toBe("{count} produk")
  })
})

describe("resolveLocale", () => {
  const request = (url: string, cookie?: string) =>
    new Request(url, { headers: cookie ? { Cookie: cookie } : {} })

  it("defaults to Bahasa Indonesia", () => {
    expect(DEFAULT_LOCALE).toBe("id")
    expect(resolveLocale(request("http://localhost/"))).toBe("id")
  })

  it("reads ?lang= first", () => {
    expect(resolveLocale(request("http://localhost/?lang=en"))).toBe("en")
    expect(resolveLocale(request("http://localhost/?lang=id", "lang=en"))).toBe("id")
  })

  it("then the lang cookie", () => {
    expect(resolveLocale(request("http://localhost/", "theme=dark; lang=en"))).toBe("en")
  })

  it("ignores unsupported values", () => {
    expect(resolveLocale(request("http://localhost/?lang=fr", "lang=en"))).toBe("en")
    expect(resolveLocale(request("http://localhost/?lang=", "lang=jv"))).toBe("id")
  })

  it("remembers the choice in a cookie", () => {
    expect(localeCookie("en")).toMatch(/^lang=en; Path=\/;/)
  })
})
