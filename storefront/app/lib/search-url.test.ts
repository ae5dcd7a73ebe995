import { describe, expect, it } from "vitest"
import {
  EMPTY_SEARCH,
  filterCount,
  searchHref,
  searchHrefOfForm,
  searchParamsOf,
  withoutFilters,
  type SearchState,
} from "./search-url"
import { canonicalSearchUrl, MAX_PAGE, MAX_QUERY_LENGTH, parseQuery, parseSearchParams } from "./search-url.server"

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

const FULL: SearchState = {
  q: "keripik pedas",
  categories: ["keripik-camilan", "kuliner"],
  districts: ["32.73.02", "32.76.06"],
  cities: ["32.73"],
  seller: "keripik-kang-ipul",
  priceMin: 10000,
  priceMax: 50000,
  badges: ["halal", "pirt"],
  inStock: true,
  openNow: true,
  sort: "termurah",
  page: 3,
}

describe("search URL state", () => {
  it("is empty for a bare /cari", () => {
    expect(parse("")).toEqual(EMPTY_SEARCH)
    expect(searchParamsOf(EMPTY_SEARCH).toString()).toBe("")
    expect(searchHref(EMPTY_SEARCH)).toBe("/cari")
  })

  it("round-trips every field through the URL", () => {
    const query = searchParamsOf(FULL).toString()
    expect(query).toBe(
      "q=keripik+pedas&kategori=keripik-camilan&kategori=kuliner&kecamatan=32.73.02&kecamatan=32.76.06&kota=32.73" +
        "&penjual=keripik-kang-ipul&harga_min=10000&harga_maks=50000&halal=1&pirt=1&stok=1&buka=1&urut=termurah&hal=3"
    )
    expect(parse(query)).toEqual(FULL)
  })

  it("reads what a filter form submits without JavaScript: empty fields, defaults, any order", () => {
    expect(
      parse("q=kopi&urut=relevan&kategori=minuman&harga_min=&harga_maks=&halal=1&stok=on&kategori=kuliner")
    ).toEqual({ ...EMPTY_SEARCH, q: "kopi", categories: ["kuliner", "minuman"], badges: ["halal"], inStock: true })
  })

  it("ignores bad values instead of failing", () => {
    expect(
      parse(
        "urut=murah&hal=abc&harga_min=sepuluh&harga_maks=-5&kecamatan=Coblong&kota=bandung&kategori=%3Cscript%3E" +
          "&penjual=../admin&halal=tidak&nib=&stok=2&buka=no&lang=en&utm_source=wa"
      )
    ).toEqual(EMPTY_SEARCH)
  })

  it("reads control characters in the words as spaces (the backend refuses a NUL)", () => {
    expect(parse("q=keripik%00pedas%0A%1F").q).toBe("keripik pedas")
  })

  it("clamps pages and prices, and swaps a reversed price range", () => {
    expect(parse("hal=0").page).toBe(1)
    expect(parse("hal=-3").page).toBe(1)
    expect(parse("hal=2.5").page).toBe(1)
    expect(parse("hal=99999").page).toBe(MAX_PAGE)
    expect(parse("harga_min=99999999999999").priceMin).toBeNull()
    expect(parse("harga_min=9999999999999").priceMin).toBe(1_000_000_000)
    const reversed = parse("harga_min=50000&harga_maks=10000")
    expect([reversed.priceMin, reversed.priceMax]).toEqual([10000, 50000])
  })

  it("reads Rupiah the way shoppers type it", () => {
    expect(parse("harga_min=25.000").priceMin).toBe(25000)
    expect(parse("harga_min=Rp 25.000").priceMin).toBe(25000)
    expect(parse("harga_maks=rp.1.500.000").priceMax).toBe(1500000)
    expect(parse("harga_min=0").priceMin).toBe(0)
  })

  it("normalises the query text and caps repeated values", () => {
    expect(parse("q=%20%20batik%20%20%20tulis%20").q).toBe("batik tulis")
    expect(parse(`q=${"a".repeat(500)}`).q).toHaveLength(MAX_QUERY_LENGTH)
    expect(parseQuery(null)).toBe("")
    expect(parse("kategori=Batik&kategori=batik&kategori=BATIK").categories).toEqual(["batik"])
    const many = Array.from({ length: 50 }, (_, i) => `kategori=k${String(i).padStart(2, "0")}`).join("&")
    expect(parse(many).categories).toHaveLength(20)
  })

  it("takes the first of repeated single-value parameters", () => {
    expect(parse("q=kopi&q=teh&urut=termahal&urut=termurah").q).toBe("kopi")
    expect(parse("q=kopi&q=teh&urut=termahal&urut=termurah").sort).toBe("termahal")
  })

  it("sends non-canonical URLs to the canonical one, keeping the language", () => {
    const canonical = (href: string) => {
      const url = new URL(href, "http://localhost")
      return canonicalSearchUrl(url, parseSearchParams(url.searchParams))
    }
    expect(canonical("/cari?q=kopi&kategori=minuman")).toBeNull()
    expect(canonical("/cari?kategori=minuman&q=kopi")).toBeNull()
    expect(canonical("/cari?q=kopi&lang=en")).toBeNull()
    expect(canonical("/cari?q=kopi&harga_min=&urut=relevan&hal=1")).toBe("/cari?q=kopi")
    expect(canonical("/cari?q=kopi&hal=x&lang=en")).toBe("/cari?q=kopi&lang=en")
    expect(canonical("/cari?utm_source=wa")).toBe("/cari")
    expect(canonical("/cari?q=%20kopi%20")).toBe("/cari?q=kopi")
  })

  it("builds links that change one thing and start again at page 1", () => {
    expect(searchHref(FULL, { sort: "terbaru" })).toContain("urut=terbaru")
    expect(searchHref(FULL, { sort: "terbaru" })).not.toContain("hal=")
    expect(searchHref(FULL, { page: 4 })).toContain("hal=4")
    expect(searchHref(withoutFilters(FULL))).toBe("/cari?q=keripik+pedas&urut=termurah")
    expect(filterCount(FULL)).toBe(12)
    expect(filterCount(withoutFilters(FULL))).toBe(0)
  })

  it("turns a submitted filter form into the canonical URL", () => {
    const form = new FormData()
    form.append("q", "kopi")
    form.append("urut", "relevan")
    form.append("kategori", "minuman")
    form.append("harga_min", " ")
    form.append("harga_maks", "50000")
    form.append("stok", "1")
    const href = searchHrefOfForm(form)
    expect(href).toBe("/cari?q=kopi&kategori=minuman&harga_maks=50000&stok=1")
    const url = new URL(href, "http://localhost")
    expect(canonicalSearchUrl(url, parseSearchParams(url.searchParams))).toBeNull()
    expect(searchHrefOfForm(new FormData())).toBe("/cari")
  })
})
