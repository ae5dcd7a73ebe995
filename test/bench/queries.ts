/**
 * The benchmark's request mix, deterministic and drawn from the seed vocabulary (@sentra/seed-data):
 * what shoppers type (words and phrases of titles and tags, typo'd words, a word plus a place,
 * no text at all when browsing), the filters of the search page (category, kecamatan, city,
 * price range, badges, in stock, open now), its sorts and its pages.
 *
 * Most bodies have the storefront results page's shape (storefront/app/lib/search-view.ts: 24
 * hits, typeahead on the last word, six facets with disjunctive counts); the rest are lean API
 * queries (20 hits, no facets). Suggest requests are what the search box sends while a word is
 * typed (prefixes from 2 letters), sometimes with a typo, a seller's or a kecamatan's name.
 */
import { PRODUCT_FACETS, PRODUCT_HIT_FIELDS, PRODUCT_INDEX } from "@sentra/search-contract"
import { generateSeed, pick, PRICE_RULES, rngFor as seededRng, weighted, type Rng } from "@sentra/seed-data"
import { CATEGORIES, type MainCategory } from "@sentra/vocabulary"

/** Seed 0: the benchmark's own streams (mulberry32 over the key's hash), not the catalog's. */
const rngFor = (key: string): Rng => seededRng(key, 0)

export interface SearchCase {
  kind: string
  body: Record<string, unknown>
}

export interface SuggestCase {
  kind: string
  q: string
  limit: number
}

/** The storefront's page size and the fields its result cards show. */
const PAGE_SIZE = 24
const HIT_FIELDS = [...PRODUCT_HIT_FIELDS]
const STOREFRONT_FACETS = [
  { field: PRODUCT_FACETS.categories, limit: 100 },
  { field: PRODUCT_FACETS.districts, limit: 100 },
  { field: PRODUCT_FACETS.cities, limit: 100 },
  { field: PRODUCT_FACETS.badges, limit: 3 },
  PRODUCT_FACETS.inStock,
  { field: PRODUCT_FACETS.price, type: "stats" },
]
const ORDERS = {
  relevan: undefined,
  termurah: { price: "ASC" },
  termahal: { price: "DESC" },
  terbaru: { created_at: "DESC" },
} as const
const STOP_WORDS = new Set(["dan", "atau", "untuk", "dengan", "yang", "dari", "khas", "isi", "motif"])

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 4 && !STOP_WORDS.has(word))

/** One typing mistake in a word of 5+ letters: a letter dropped, swapped with the next, or replaced. */
export function misspell(rng: Rng, text: string): string {
  const parts = text.split(" ")
  const candidates = parts.map((word, i) => ({ word, i })).filter(({ word }) => word.length >= 5)
  if (!candidates.length) return text
  const { word, i } = pick(rng, candidates)
  const at = 1 + Math.floor(rng() * (word.length - 2))
  const edit = weighted(rng, { drop: 2, swap: 1, replace: 1 })
  parts[i] =
    edit === "drop"
      ? word.slice(0, at) + word.slice(at + 1)
      : edit === "swap"
        ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
        : word.slice(0, at) + pick(rng, [..."aeiounrstk"].filter((c) => c !== word[at])) + word.slice(at + 1)
  return parts.join(" ")
}

function vocabulary() {
  const seed = generateSeed()
  const titleWords = seed.products.flatMap((product) => words(product.title))
  const tags = seed.products.flatMap((product) => product.tags)
  const titleRuns = seed.products.map((product) => product.title.toLowerCase().split(" "))
  return {
    seed,
    titleWords,
    tags,
    titleRuns,
    cities: [...new Map(seed.districts.map((d) => [d.regencyCode, d.regencyName])).entries()],
    subCategories: CATEGORIES.flatMap((main) => main.children.map((child) => ({ handle: child.handle, main: main.handle as MainCategory }))),
  }
}

type Vocabulary = ReturnType<typeof vocabulary>

function shopperText(rng: Rng, v: Vocabulary): { kind: string; q?: string } {
  const kind = weighted(rng, { word: 25, phrase: 22, title: 10, typo: 20, place: 8, browse: 15 })
  switch (kind) {
    case "word":
      return { kind, q: pick(rng, v.titleWords) }
    case "phrase":
      return { kind, q: pick(rng, v.tags) }
    case "title": {
      const run = pick(rng, v.titleRuns)
      const start = Math.floor(rng() * Math.max(1, run.length - 1))
      return { kind, q: run.slice(start, start + 2 + Math.floor(rng() * 2)).join(" ") }
    }
    case "typo":
      return { kind, q: misspell(rng, rng() < 0.6 ? pick(rng, v.titleWords) : pick(rng, v.tags)) }
    case "place": {
      const district = pick(rng, v.seed.districts)
      const place = rng() < 0.6 ? district.regencyName.replace(/^Kota /, "") : district.name
      return { kind, q: `${pick(rng, v.titleWords)} ${place.toLowerCase()}` }
    }
    default:
      return { kind }
  }
}

/** `count` bodies for POST /store/search. */
export function searchMix(count: number): SearchCase[] {
  const rng = rngFor("bench-search-mix")
  const v = vocabulary()
  const cases: SearchCase[] = []
  for (let n = 0; n < count; n++) {
    const text = shopperText(rng, v)
    const filters: Record<string, unknown> = text.q ? { q: text.q } : {}
    const sub = pick(rng, v.subCategories)
    if (rng() < (text.q ? 0.2 : 0.6)) {
      filters.category_handles = { $overlaps: [rng() < 0.5 ? sub.handle : sub.main] }
    }
    if (rng() < 0.15) filters.city_code = { $in: [pick(rng, v.cities)[0]] }
    else if (rng() < 0.1) filters.district_code = { $in: [pick(rng, v.seed.districts).code] }
    if (rng() < 0.15) {
      const rule = PRICE_RULES[sub.main]
      const low = Math.round((rule.min + rng() * (rule.max - rule.min) * 0.2) / 1000) * 1000
      filters.price = rng() < 0.5 ? { $lte: low * 3 } : { $gte: low, $lte: low * 4 }
    }
    if (rng() < 0.08) filters.badges = { $contains: rng() < 0.7 ? ["halal"] : ["halal", "pirt"] }
    if (rng() < 0.15) filters.in_stock = true
    if (rng() < 0.08) filters.open_now = true

    const sort = text.q
      ? weighted(rng, { relevan: 65, termurah: 15, termahal: 8, terbaru: 12 })
      : weighted(rng, { terbaru: 70, termurah: 20, termahal: 10 })
    const order = ORDERS[sort]
    const page = weighted(rng, { 1: 75, 2: 15, 3: 5, 4: 3, 5: 2 })
    const storefront = rng() < 0.85
    const kind = `${text.kind}${storefront ? "" : " (api)"}`
    if (storefront) {
      cases.push({
        kind,
        body: {
          entity: PRODUCT_INDEX,
          fields: HIT_FIELDS,
          filters,
          pagination: { take: PAGE_SIZE, skip: (Number(page) - 1) * PAGE_SIZE, ...(order ? { order } : {}) },
          search_options: { ...(text.q ? { match_strategy: "last" } : {}), facets: STOREFRONT_FACETS, disjunctive_facets: true },
        },
      })
    } else {
      cases.push({
        kind,
        body: {
          entity: PRODUCT_INDEX,
          fields: ["id", "handle", "title", "price"],
          filters,
          pagination: { take: 20, skip: (Number(page) - 1) * 20, ...(order ? { order } : {}) },
        },
      })
    }
  }
  return cases
}

/** `count` search-box requests for GET /store/search/suggest. */
export function suggestMix(count: number): SuggestCase[] {
  const rng = rngFor("bench-suggest-mix")
  const v = vocabulary()
  const cases: SuggestCase[] = []
  const prefix = (text: string) => text.slice(0, Math.min(text.length, 2 + Math.floor(rng() * (text.length - 1))))
  for (let n = 0; n < count; n++) {
    const kind = weighted(rng, { product: 60, "two words": 12, typo: 10, seller: 9, kecamatan: 9 })
    const q =
      kind === "product"
        ? prefix(pick(rng, v.titleWords))
        : kind === "two words"
          ? `${pick(rng, v.titleWords)} ${prefix(pick(rng, v.titleWords))}`
          : kind === "typo"
            ? prefix(misspell(rng, pick(rng, v.titleWords)))
            : kind === "seller"
              ? prefix(pick(rng, v.seed.sellers).name.toLowerCase())
              : prefix(pick(rng, v.seed.districts).name.toLowerCase())
    cases.push({ kind, q: q.trim() || "ke", limit: 5 })
  }
  return cases
}
