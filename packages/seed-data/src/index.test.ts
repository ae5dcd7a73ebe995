import { describe, expect, it } from "vitest"
import { loadDistricts, loadVillages } from "@sentra/area-data"
import { CATEGORIES, CREATIVE_SUBSECTORS, mainCategoryOf, type MainCategory } from "@sentra/vocabulary"
import { PRICE_RULES, SEED_CITY_CODES, generateSeed, productImageSvg } from "./index.js"

const seed = generateSeed()
const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe("areas", () => {
  it("has the 59 kecamatan of the four seed cities with exact counts per city", () => {
    expect(SEED_CITY_CODES).toEqual(["32.73", "32.75", "32.76", "36.73"])
    const districts = loadDistricts(SEED_CITY_CODES)
    expect(districts).toHaveLength(59)
    const perCity = (code: string) => districts.filter((d) => d.regencyCode === code).length
    expect(perCity("32.73")).toBe(30)
    expect(perCity("32.75")).toBe(12)
    expect(perCity("32.76")).toBe(11)
    expect(perCity("36.73")).toBe(6)
    expect(districts.map((d) => d.code)).toEqual([...districts.map((d) => d.code)].sort())
  })
})

describe("generateSeed", () => {
  const { sellers, products, districts } = seed
  const sellerByHandle = new Map(sellers.map((s) => [s.handle, s]))
  const districtByCode = new Map(districts.map((d) => [d.code, d]))

  it("is deterministic", () => {
    expect(generateSeed()).toEqual(seed)
  })

  it("returns the 59 kecamatan and the categories", () => {
    expect(districts).toHaveLength(59)
    expect(seed.categories).toEqual(CATEGORIES)
  })

  it("has enough sellers, spread over kecamatan in all four cities, most in Bandung", () => {
    expect(sellers.length).toBeGreaterThanOrEqual(28)
    expect(new Set(sellers.map((s) => s.districtCode)).size).toBeGreaterThanOrEqual(14)
    const perCity = new Map<string, number>()
    for (const s of sellers) {
      const city = s.districtCode.slice(0, 5)
      perCity.set(city, (perCity.get(city) ?? 0) + 1)
    }
    expect([...perCity.keys()].sort()).toEqual([...SEED_CITY_CODES].sort())
    const bandung = perCity.get("32.73")!
    for (const [city, count] of perCity) if (city !== "32.73") expect(bandung).toBeGreaterThan(count)
  })

  it("has unique handles, emails and valid seller fields", () => {
    expect(new Set(sellers.map((s) => s.handle)).size).toBe(sellers.length)
    expect(new Set(sellers.map((s) => s.ownerEmail)).size).toBe(sellers.length)
    expect(new Set(sellers.map((s) => s.whatsapp)).size).toBe(sellers.length)
    const subsectorCodes = new Set(CREATIVE_SUBSECTORS.map((s) => s.code))
    for (const s of sellers) {
      const district = districtByCode.get(s.districtCode)
      expect(district, s.handle).toBeDefined()
      expect(s.handle).toMatch(HANDLE)
      expect(s.ownerEmail).toBe(`${s.handle}@seller.sentra.local`)
      expect(s.whatsapp.replace(/-/g, "")).toMatch(/^08\d{8,11}$/)
      expect(s.whatsapp).toMatch(/^08\d{2}-\d{4}-\d{3,5}$/)
      expect(s.description).toContain(district!.name)
      expect(s.pickupAddress).toMatch(/^Jl\.|^Gg\./)
      expect(s.pickupAddress).toContain(`, Kec. ${district!.name}, ${district!.regencyName}`)
      expect(s.timeZone).toBe("Asia/Jakarta")
      expect(s.categories.length).toBeGreaterThan(0)
      for (const code of s.creativeSubsectors) expect(subsectorCodes.has(code)).toBe(true)
      for (const category of s.categories) expect(s.creativeSubsectors).toContain(category)
      expect(s.preparationMinutes).toBeGreaterThan(0)
      expect(s.leadTimeDays).toBeGreaterThanOrEqual(0)
    }
  })

  it("uses real kelurahan of each seller's kecamatan in the pickup address", () => {
    const villages = loadVillages(sellers.map((s) => s.districtCode))
    for (const s of sellers) {
      const village = /, Kel\. ([^,]+),/.exec(s.pickupAddress)?.[1]
      const names = villages.filter((v) => v.districtCode === s.districtCode).map((v) => v.name)
      expect(names, s.pickupAddress).toContain(village)
    }
  })

  it("has legal documents in the right formats", () => {
    for (const s of sellers) {
      const { nib, pirt, halal } = s.legality
      expect(nib.number).toMatch(/^\d{13}$/)
      expect(nib.expiresAt).toBeNull()
      if (pirt) {
        expect(pirt.number).toMatch(/^\d{15}$/)
        expect(pirt.expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        // Digits 4-7 are the kabupaten/kota code, the last two the expiry year.
        expect(pirt.number.slice(3, 7)).toBe(s.districtCode.slice(0, 5).replace(".", ""))
        expect(pirt.number.slice(13)).toBe(pirt.expiresAt!.slice(2, 4))
      }
      if (halal) expect(halal.number).toMatch(/^ID\d{17}$/)
      if (!s.categories.includes("kuliner")) {
        expect(pirt).toBeNull()
        expect(halal).toBeNull()
      }
    }
    const kuliner = sellers.filter((s) => s.categories.includes("kuliner"))
    expect(kuliner.filter((s) => s.legality.pirt).length).toBeGreaterThan(kuliner.length / 2)
    expect(kuliner.filter((s) => s.legality.halal).length).toBeGreaterThan(kuliner.length / 2)
    expect(new Set(sellers.map((s) => s.legality.nib.number)).size).toBe(sellers.length)
  })

  it("mixes women-owned, new entrepreneurs, opening hours and holidays", () => {
    expect(sellers.some((s) => s.womenOwned)).toBe(true)
    expect(sellers.some((s) => !s.womenOwned)).toBe(true)
    expect(sellers.some((s) => s.newEntrepreneur)).toBe(true)
    expect(sellers.some((s) => !s.newEntrepreneur)).toBe(true)
    const closedOnSunday = sellers.filter((s) => !s.openingHours.sun || s.openingHours.sun.length === 0)
    expect(closedOnSunday.length).toBeGreaterThanOrEqual(3)
    const eveningHours = sellers.filter((s) =>
      Object.values(s.openingHours).some((slots) => slots.some((slot) => slot.close >= "21:00"))
    )
    expect(eveningHours.length).toBeGreaterThanOrEqual(2)
    for (const s of sellers) {
      for (const [day, slots] of Object.entries(s.openingHours)) {
        expect(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]).toContain(day)
        for (const slot of slots) {
          expect(slot.open).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
          expect(slot.close).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
          expect(slot.open < slot.close).toBe(true)
        }
      }
      for (const date of s.holidayClosures) expect(date).toMatch(/^2026-\d{2}-\d{2}$/)
    }
    expect(sellers.some((s) => s.holidayClosures.length > 0)).toBe(true)
  })

  it("has at least 150 products in every sub-category, each sold by a seller of its main category", () => {
    expect(products.length).toBeGreaterThanOrEqual(150)
    const subHandles = CATEGORIES.flatMap((c) => c.children.map((s) => s.handle))
    const used = new Set(products.map((p) => p.categoryHandle))
    for (const handle of subHandles) expect(used.has(handle), handle).toBe(true)
    for (const p of products) {
      expect(subHandles).toContain(p.categoryHandle)
      const seller = sellerByHandle.get(p.sellerHandle)
      expect(seller, p.handle).toBeDefined()
      expect(seller!.categories).toContain(mainCategoryOf(p.categoryHandle))
      if (p.madeToOrder) expect(seller!.leadTimeDays).toBeGreaterThan(0)
    }
    for (const main of ["kuliner", "fesyen", "kriya"]) {
      expect(products.filter((p) => mainCategoryOf(p.categoryHandle) === main).length).toBeGreaterThanOrEqual(30)
    }
    expect(products.some((p) => p.madeToOrder)).toBe(true)
  })

  it("has unique handles, titles and SKUs", () => {
    const handles = products.map((p) => p.handle)
    expect(new Set(handles).size).toBe(handles.length)
    for (const handle of handles) expect(handle).toMatch(HANDLE)
    const titles = products.map((p) => p.title.toLowerCase())
    expect(new Set(titles).size).toBe(titles.length)
    const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(skus).size).toBe(skus.length)
    for (const p of products) expect(p.handle.endsWith(`-${p.sellerHandle}`)).toBe(true)
  })

  it("has one variant per option combination with whole, plausible prices and stock", () => {
    let soldOut = 0
    for (const p of products) {
      const combinations = p.options.reduce((n, o) => n * o.values.length, 1)
      expect(p.variants, p.handle).toHaveLength(combinations)
      const keys = new Set(p.variants.map((v) => JSON.stringify(v.options)))
      expect(keys.size).toBe(combinations)
      const rule = PRICE_RULES[mainCategoryOf(p.categoryHandle) as MainCategory]
      for (const v of p.variants) {
        expect(Object.keys(v.options)).toEqual(p.options.map((o) => o.title))
        expect(Number.isInteger(v.price)).toBe(true)
        expect(v.price % 500).toBe(0)
        expect(v.price, `${p.title} ${v.title}`).toBeGreaterThanOrEqual(rule.min)
        expect(v.price, `${p.title} ${v.title}`).toBeLessThanOrEqual(rule.max)
        expect(Number.isInteger(v.stock)).toBe(true)
        expect(v.stock).toBeGreaterThanOrEqual(0)
        expect(v.stock).toBeLessThanOrEqual(200)
        if (v.stock === 0) soldOut++
      }
    }
    expect(soldOut).toBeGreaterThan(0)
    expect(soldOut).toBeLessThan(products.length / 2)
  })

  it("has Indonesian descriptions, lowercase tags and weights", () => {
    for (const p of products) {
      const sentences = p.description.split(/(?<=\.)\s+/)
      expect(sentences.length, p.handle).toBeGreaterThanOrEqual(2)
      expect(sentences.length, p.handle).toBeLessThanOrEqual(4)
      expect(p.subtitle.length).toBeGreaterThan(0)
      expect(p.tags.length).toBeGreaterThanOrEqual(2)
      for (const tag of p.tags) expect(tag).toBe(tag.toLowerCase())
      expect(new Set(p.tags).size).toBe(p.tags.length)
      expect(Number.isInteger(p.weightGrams) && p.weightGrams > 0).toBe(true)
    }
    expect(products.some((p) => p.tags.includes("pedas"))).toBe(true)
    expect(products.some((p) => p.tags.includes("oleh-oleh"))).toBe(true)
    expect(products.some((p) => p.tags.includes("khas bandung"))).toBe(true)
  })

  it.each([
    "rendang",
    "keripik pedas",
    "kripik pedas",
    "batik tulis bandung",
    "tas anyaman",
    "kue",
    "sambal",
    "bolu",
    "peuyeum",
    "seblak",
    "batagor",
    "dodol",
    "kopi",
    "sepatu kulit",
    "hijab",
    "kaos",
    "keramik",
    "gerabah",
    "rotan",
    "kayu",
    "rajut",
    "tenun",
    "wayang",
    // Sundanese, Betawi and Banten specialities
    "surabi",
    "bir pletok",
    "kerak telor",
    "sate bandeng",
    "rabeg",
    "dodol betawi",
    "emping melinjo",
  ])("has a product titled with %j", (query) => {
    expect(products.some((p) => p.title.toLowerCase().includes(query))).toBe(true)
  })

  it("attaches an SVG image to every product", () => {
    for (const p of products) {
      expect(p.image.fileName).toBe(`${p.handle}.svg`)
      expect(p.image.mimeType).toBe("image/svg+xml")
      expect(p.image.content.startsWith("<svg")).toBe(true)
      expect(Buffer.byteLength(p.image.content)).toBeLessThan(6 * 1024)
    }
  })

  it("features kecamatan with sellers, ranked 1…n, each flagship a product of a seller of that kecamatan", () => {
    const { featuredDistricts } = seed
    expect(featuredDistricts.map((d) => d.rank)).toEqual(featuredDistricts.map((_, i) => i + 1))
    expect(new Set(featuredDistricts.map((d) => districtByCode.get(d.code)?.regencyCode)).size).toBe(4)
    for (const district of featuredDistricts) {
      const flagship = products.find((p) => p.handle === district.flagshipHandle)!
      expect([district.code, sellerByHandle.get(flagship.sellerHandle)?.districtCode]).toEqual([district.code, district.code])
      expect(district.headline.length).toBeLessThanOrEqual(160)
      const svg = district.heroImage.content
      expect(svg).toContain('width="1200" height="600"')
      expect(svg).toContain(escapeXmlText(districtByCode.get(district.code)!.name))
      expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/http|href|<image/)
    }
  })
})

const escapeXmlText = (text: string) => text.replace(/&/g, "&amp;")

describe("productImageSvg", () => {
  const svg = productImageSvg('Kopi & Teh <Spesial> "Neng"', "minuman", 42)

  it("is a self-contained 800x800 SVG under 6 KB", () => {
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg.endsWith("</svg>")).toBe(true)
    expect(svg).toContain('width="800" height="800"')
    expect(Buffer.byteLength(svg)).toBeLessThan(6 * 1024)
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', "")).not.toContain("http")
    expect(svg).not.toMatch(/href|@import|<image|url\((?!#)/)
    expect(svg).toContain('font-family="sans-serif"')
  })

  it("contains the XML-escaped title", () => {
    expect(svg).toContain("Kopi &amp; Teh")
    expect(svg).toContain("&lt;Spesial&gt;")
    expect(svg).toContain("&quot;Neng&quot;")
    expect(svg).not.toContain("<Spesial>")
  })

  it("is well-formed-ish: tags balance", () => {
    const opened = (svg.match(/<[a-zA-Z]+[^>]*[^/]>/g) ?? []).length
    const closed = (svg.match(/<\/[a-zA-Z]+>/g) ?? []).length
    expect(opened).toBe(closed)
  })

  it("wraps long titles on at most three lines", () => {
    const long = productImageSvg("Kain Batik Tulis Bandung Motif Merak Ngibing Warna Alam Sutra Premium Edisi Khusus", "batik", 1)
    expect((long.match(/<tspan/g) ?? []).length).toBeLessThanOrEqual(3)
    expect((productImageSvg("Kopi", "minuman", 1).match(/<tspan/g) ?? []).length).toBe(1)
  })

  it("depends only on its inputs", () => {
    expect(productImageSvg("Bolu Susu", "kue-jajanan", 7)).toBe(productImageSvg("Bolu Susu", "kue-jajanan", 7))
    expect(productImageSvg("Bolu Susu", "kue-jajanan", 7)).not.toBe(productImageSvg("Bolu Susu", "anyaman", 7))
  })
})
