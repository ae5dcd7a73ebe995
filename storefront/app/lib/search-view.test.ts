import { describe, expect, it } from "vitest"
import { EMPTY_SEARCH, PAGE_SIZE, type SearchState } from "./search-url"
import {
  toCountRequest,
  toSearchRequest,
  toSearchResults,
  toSuggestions,
  withKnownValues,
  type ProductSearchResult,
  type SearchLabels,
} from "./search-view"

const BACKEND = "http://localhost:9000"

const LABELS: SearchLabels = {
  categories: [
    { handle: "kuliner", name: "Kuliner", parent: null },
    { handle: "keripik-camilan", name: "Keripik & Camilan", parent: "kuliner" },
    { handle: "minuman", name: "Minuman", parent: "kuliner" },
    { handle: "fesyen", name: "Fesyen", parent: null },
    { handle: "batik", name: "Batik & Tenun", parent: "fesyen" },
  ],
  districts: [
    { code: "32.73.02", name: "Coblong", city: "Kota Bandung", cityCode: "32.73" },
    { code: "32.73.25", name: "Cibiru", city: "Kota Bandung", cityCode: "32.73" },
    { code: "32.75.03", name: "Bekasi Utara", city: "Kota Bekasi", cityCode: "32.75" },
  ],
}

const state = (patch: Partial<SearchState> = {}): SearchState => ({ ...EMPTY_SEARCH, ...patch })

describe("toSearchRequest", () => {
  it("asks the product index for one page of card fields with the facets the filters show", () => {
    const request = toSearchRequest(state({ q: "kopi" }))
    expect(request).toMatchObject({
      entity: "product",
      filters: { q: "kopi" },
      pagination: { take: PAGE_SIZE, skip: 0 },
      search_options: { match_strategy: "last", disjunctive_facets: true },
    })
    expect(request.pagination).not.toHaveProperty("order")
    expect(request.fields).toEqual(expect.arrayContaining(["title", "thumbnail", "price", "seller_name", "district_name", "badges"]))
    expect(request.search_options.facets.map((facet) => (typeof facet === "string" ? facet : facet.field))).toEqual([
      "category_handles",
      "district_code",
      "city_code",
      "badges",
      "in_stock",
      "price",
    ])
  })

  it("turns every filter into the index's filter tree", () => {
    const request = toSearchRequest(
      state({
        q: "keripik",
        categories: ["keripik-camilan", "minuman"],
        districts: ["32.73.02"],
        cities: ["32.73", "32.75"],
        seller: "keripik-kang-ipul",
        priceMin: 10000,
        priceMax: 50000,
        badges: ["halal", "pirt"],
        inStock: true,
        openNow: true,
        page: 3,
      })
    )
    expect(request.filters).toEqual({
      q: "keripik",
      category_handles: { $overlaps: ["keripik-camilan", "minuman"] },
      district_code: { $in: ["32.73.02"] },
      city_code: { $in: ["32.73", "32.75"] },
      seller_handle: "keripik-kang-ipul",
      price: { $gte: 10000, $lte: 50000 },
      badges: { $contains: ["halal", "pirt"] },
      in_stock: true,
      open_now: true,
    })
    expect(request.pagination.skip).toBe(2 * PAGE_SIZE)
    expect(toSearchRequest(state({ priceMax: 20000 })).filters).toEqual({ price: { $lte: 20000 } })
  })

  it("counts without hits or facets, for the empty state's 'without filters' hint", () => {
    const request = toCountRequest(state({ q: "rendang", sort: "termurah", page: 4 }))
    expect(request).toEqual({
      entity: "product",
      fields: ["id"],
      filters: { q: "rendang" },
      pagination: { take: 0 },
      search_options: { match_strategy: "last" },
    })
  })

  it("sorts by price both ways and newest; without text, relevance means newest", () => {
    expect(toSearchRequest(state({ q: "kopi", sort: "termurah" })).pagination.order).toEqual({ price: "ASC" })
    expect(toSearchRequest(state({ q: "kopi", sort: "termahal" })).pagination.order).toEqual({ price: "DESC" })
    expect(toSearchRequest(state({ q: "kopi", sort: "terbaru" })).pagination.order).toEqual({ created_at: "DESC" })
    expect(toSearchRequest(state({ sort: "relevan" })).pagination.order).toEqual({ created_at: "DESC" })
    expect(toSearchRequest(state()).search_options).not.toHaveProperty("match_strategy")
  })
})

const RESULT: ProductSearchResult = {
  hits: [
    {
      id: "prod_1",
      document: {
        id: "prod_1",
        handle: "keripik-pedas",
        title: "Keripik Pedas Singkong",
        thumbnail: "/static/keripik.svg",
        price: 20000,
        seller_id: "sel_ipul",
        seller_name: "Keripik Kang Ipul",
        district_name: "Bekasi Utara",
        city: "Kota Bekasi",
        badges: ["nib", "halal", "organik"],
        in_stock: true,
      },
    },
    {
      id: "prod_2",
      document: {
        id: "prod_2",
        handle: "teh-melati",
        title: "Teh Melati",
        thumbnail: "https://cdn.example.com/teh.jpg",
        price: null,
        seller_name: null,
        district_name: null,
        city: null,
        badges: null,
        in_stock: false,
      },
    },
  ],
  facets: {
    category_handles: {
      type: "value",
      values: [
        { value: "kuliner", count: 50 },
        { value: "minuman", count: 12 },
        { value: "keripik-camilan", count: 30 },
        { value: "tidak-dikenal", count: 3 },
      ],
    },
    district_code: {
      type: "value",
      values: [
        { value: "32.73.25", count: 2 },
        { value: "32.75.03", count: 9 },
        { value: "99.99.99", count: 1 },
      ],
    },
    city_code: { type: "value", values: [{ value: "32.75", count: 9 }, { value: "32.73", count: 2 }] },
    badges: { type: "value", values: [{ value: "halal", count: 40 }, { value: "nib", count: 45 }] },
    in_stock: { type: "value", values: [{ value: "true", count: 48 }, { value: "false", count: 2 }] },
    price: { type: "stats", min: 5000, max: 250000, count: 50 },
  },
  metadata: { count: 50, skip: 24, take: 24 },
}

describe("toSearchResults", () => {
  it("maps hits to cards: whole-Rupiah price, seller and kecamatan, known badges in a fixed order, local images only", () => {
    const view = toSearchResults(RESULT, state({ q: "keripik", page: 2 }), LABELS, BACKEND)
    expect(view.hits).toEqual([
      {
        id: "prod_1",
        handle: "keripik-pedas",
        title: "Keripik Pedas Singkong",
        thumbnail: "http://localhost:9000/static/keripik.svg",
        price: 20000,
        seller: "Keripik Kang Ipul",
        sellerId: "sel_ipul",
        district: "Bekasi Utara",
        city: "Kota Bekasi",
        badges: ["halal", "nib"],
        inStock: true,
      },
      {
        id: "prod_2",
        handle: "teh-melati",
        title: "Teh Melati",
        thumbnail: null,
        price: null,
        seller: null,
        sellerId: null,
        district: null,
        city: null,
        badges: [],
        inStock: false,
      },
    ])
    expect([view.total, view.page, view.pageCount]).toEqual([50, 2, 3])
    expect(view.popular).toEqual([])
  })

  it("names facet values, main categories before their sub categories, most products first elsewhere", () => {
    const { facets } = toSearchResults(RESULT, state({ categories: ["minuman"] }), LABELS, BACKEND)
    expect(facets.categories).toEqual([
      { value: "kuliner", label: "Kuliner", count: 50, selected: false, depth: 0 },
      { value: "keripik-camilan", label: "Keripik & Camilan", count: 30, selected: false, depth: 1 },
      { value: "minuman", label: "Minuman", count: 12, selected: true, depth: 1 },
    ])
    expect(facets.districts.map((d) => [d.label, d.detail, d.count])).toEqual([
      ["Bekasi Utara", "Kota Bekasi", 9],
      ["Cibiru", "Kota Bandung", 2],
      ["99.99.99", undefined, 1],
    ])
    expect(facets.cities.map((c) => [c.value, c.label, c.count])).toEqual([
      ["32.75", "Kota Bekasi", 9],
      ["32.73", "Kota Bandung", 2],
    ])
    expect(facets.badges).toEqual([
      { value: "halal", label: "halal", count: 40, selected: false },
      { value: "pirt", label: "pirt", count: 0, selected: false },
      { value: "nib", label: "nib", count: 45, selected: false },
    ])
    expect(facets.inStock).toBe(48)
    expect(facets.price).toEqual({ min: 5000, max: 250000 })
  })

  it("keeps a selected value the engine no longer counts, first, so it can be unticked", () => {
    const { facets } = toSearchResults(RESULT, state({ districts: ["32.73.02"], badges: ["pirt"] }), LABELS, BACKEND)
    expect(facets.districts[0]).toEqual({ value: "32.73.02", label: "Coblong", detail: "Kota Bandung", count: 0, selected: true })
    expect(facets.badges.find((b) => b.value === "pirt")).toMatchObject({ count: 0, selected: true })
  })

  it("offers the main categories when nothing matched, and survives a result without facets or count", () => {
    const view = toSearchResults({ hits: [], metadata: { count: null, skip: 0, take: 24 } }, state({ q: "zzz" }), LABELS, BACKEND)
    expect(view.total).toBe(0)
    expect(view.pageCount).toBe(1)
    expect(view.popular).toEqual([
      { handle: "kuliner", name: "Kuliner" },
      { handle: "fesyen", name: "Fesyen" },
    ])
    expect(view.facets).toEqual({ categories: [], districts: [], cities: [], badges: expect.any(Array), inStock: 0, price: null })
  })

  it("names the seller of a seller-narrowed search", () => {
    expect(toSearchResults(RESULT, state({ seller: "keripik-kang-ipul" }), LABELS, BACKEND).sellerName).toBe("Keripik Kang Ipul")
    expect(toSearchResults(RESULT, state(), LABELS, BACKEND).sellerName).toBeNull()
  })
})

describe("withKnownValues", () => {
  it("drops categories, kecamatan and cities the store doesn't have", () => {
    expect(
      withKnownValues(
        state({ q: "kopi", categories: ["minuman", "mainan"], districts: ["32.73.02", "11.11.11"], cities: ["32.75", "31.71"] }),
        LABELS
      )
    ).toEqual(state({ q: "kopi", categories: ["minuman"], districts: ["32.73.02"], cities: ["32.75"] }))
  })
})

describe("toSuggestions", () => {
  it("links products to a search for their title, sellers and kecamatan to their products", () => {
    const view = toSuggestions(
      {
        q: "kerip",
        products: [{ id: "prod_1", handle: "keripik-pedas", title: "Keripik Pedas", thumbnail: "/static/k.svg", price: 20000, seller_name: "Kang Ipul" }],
        sellers: [{ id: "sel_1", handle: "keripik-kang-ipul", name: "Keripik Kang Ipul" }],
        districts: [{ code: "32.73.02", name: "Coblong", city: "Kota Bandung" }],
      },
      BACKEND
    )
    expect(view).toEqual({
      q: "kerip",
      products: [
        {
          id: "p-prod_1",
          label: "Keripik Pedas",
          detail: "Kang Ipul",
          href: "/cari?q=Keripik+Pedas",
          image: "http://localhost:9000/static/k.svg",
          price: 20000,
        },
      ],
      sellers: [{ id: "s-keripik-kang-ipul", label: "Keripik Kang Ipul", detail: null, href: "/cari?penjual=keripik-kang-ipul", image: null, price: null }],
      districts: [{ id: "d-32.73.02", label: "Coblong", detail: "Kota Bandung", href: "/cari?kecamatan=32.73.02", image: null, price: null }],
    })
  })
})
