/**
 * Synthetic product search documents for the benchmark, recombined from the seed vocabulary of
 * @sentra/seed-data so that queries meet realistic distributions of words, categories, prices,
 * kecamatan and sellers.
 *
 * - Sellers: `PRODUCTS_PER_SELLER` products each. Synthetic seller k copies the profile of seed
 *   seller k mod 33 (main categories, legality badges, cohorts, opening hours as indexed) and
 *   gets a recombined name ("Dapur" + "Kang Ipul") in a kecamatan drawn from the seed's 59.
 * - Products: a seed product of one of the seller's main categories, its title cut and joined to
 *   the tail of another seed title of the same sub-category ("Keripik Pedas" + "Daun Jeruk"),
 *   its description plus a sentence of the other, tags from both, the price of the seed product
 *   scaled by 0.6–1.6 and rounded like the seed's prices, ~8 % out of stock, created over a year.
 *
 * Document i depends only on i (its own PRNG), so growing the index from 10k to 100k documents
 * adds documents without changing the first ones. Ids start with `BENCH_ID_PREFIX`.
 */
import {
  generateSeed,
  pick,
  PRICE_RULES,
  randomInt as between,
  rngFor as seededRng,
  sample,
  slugify,
  type ProductSeed,
  type Rng,
  type SellerSeed,
} from "@sentra/seed-data"
import { CATEGORIES, categoryName, mainCategoryOf } from "@sentra/vocabulary"

/** Seed 0: the benchmark's own streams (mulberry32 over the key's hash), not the catalog's. */
const rngFor = (key: string): Rng => seededRng(key, 0)

export const BENCH_ID_PREFIX = "prod_bench_"
export const PRODUCTS_PER_SELLER = 30

/** What the real (seeded) documents of the index contribute: the channel and per-seller facts. */
export interface IndexFacts {
  sales_channel_ids: string[]
  /** By seed seller handle: legality badges, cohorts and opening-hour slots as indexed. */
  sellers: Record<string, { badges: string[]; cohorts: string[]; open_slots: number[]; closed_slots: number[] }>
  /** By seed product handle. */
  thumbnails: Record<string, string | null>
}

/** A product document as the index definition (backend/src/search/product.ts) declares it. */
export interface BenchDocument {
  [field: string]: unknown
  id: string
  handle: string
  title: string
  subtitle: string
  description: string
  thumbnail: string | null
  status: "published"
  sales_channel_ids: string[]
  tags: string[]
  category_handles: string[]
  category_names: string[]
  main_category: string
  seller_id: string
  seller_handle: string
  seller_name: string
  district_code: string
  district_name: string
  city_code: string
  city: string
  badges: string[]
  cohorts: string[]
  price: number
  in_stock: boolean
  open_slots: number[]
  closed_slots: number[]
  created_at: string
}

const CITY_TAGS: Record<string, string> = { "32.73": "bandung", "32.75": "bekasi", "32.76": "depok", "36.73": "serang" }
/** Created dates spread over the year before this instant (fixed, so runs are comparable). */
const CREATED_UNTIL = Date.UTC(2026, 0, 1)
const YEAR_MS = 365 * 24 * 3600 * 1000

interface SyntheticSeller {
  id: string
  handle: string
  name: string
  template: SellerSeed
  district: { code: string; name: string; regencyCode: string; regencyName: string }
}

/** The seed vocabulary, indexed for recombination. */
export class SyntheticCatalog {
  private readonly seed = generateSeed()
  private readonly bySub = new Map<string, ProductSeed[]>()
  private readonly byMain = new Map<string, ProductSeed[]>()
  private readonly sellers = new Map<number, SyntheticSeller>()

  constructor(private readonly facts: IndexFacts) {
    for (const product of this.seed.products) {
      const main = mainCategoryOf(product.categoryHandle)!
      this.bySub.set(product.categoryHandle, [...(this.bySub.get(product.categoryHandle) ?? []), product])
      this.byMain.set(main, [...(this.byMain.get(main) ?? []), product])
    }
  }

  /** Synthetic documents [from, to). */
  documents(from: number, to: number): BenchDocument[] {
    const documents: BenchDocument[] = []
    for (let i = from; i < to; i++) {
      documents.push(this.document(i))
    }
    return documents
  }

  private seller(k: number): SyntheticSeller {
    const cached = this.sellers.get(k)
    if (cached) {
      return cached
    }
    const rng = rngFor(`bench-seller:${k}`)
    const sellers = this.seed.sellers
    const template = sellers[k % sellers.length]
    const [kind] = template.name.split(" ")
    const other = pick(rng, sellers).name.split(" ").slice(1).join(" ")
    const name = `${kind} ${other || pick(rng, this.seed.districts).name}`
    const district = pick(rng, this.seed.districts)
    const seller = { id: `sel_bench_${k}`, handle: `${slugify(name)}-${k.toString(36)}`, name, template, district }
    this.sellers.set(k, seller)
    return seller
  }

  private document(i: number): BenchDocument {
    const seller = this.seller(Math.floor(i / PRODUCTS_PER_SELLER))
    const rng = rngFor(`bench-product:${i}`)
    const main = pick(rng, seller.template.categories)
    const base = pick(rng, this.byMain.get(main) ?? this.seed.products)
    const other = pick(rng, this.bySub.get(base.categoryHandle)!)
    const title = recombineTitle(rng, base.title, other.title)
    const profile = this.facts.sellers[seller.template.handle] ?? { badges: [], cohorts: [], open_slots: [], closed_slots: [] }
    const cityTag = CITY_TAGS[seller.district.regencyCode]
    const seedCityTags = new Set(Object.values(CITY_TAGS))
    const tags = [
      ...sample(rng, base.tags, between(rng, 2, 4)),
      ...sample(rng, other.tags, between(rng, 0, 2)),
    ].filter((tag) => !seedCityTags.has(tag) && tag !== "halal")
    if (cityTag) tags.push(cityTag)
    if (main === "kuliner" && profile.badges.includes("halal")) tags.push("halal")
    const otherSentences = other.description.split(/(?<=\.)\s+/)
    const rule = PRICE_RULES[main]
    const scaled = Math.round((base.variants[0].price * (0.6 + rng())) / rule.step) * rule.step
    const mainName = CATEGORIES.find((category) => category.handle === main)!.name

    return {
      id: `${BENCH_ID_PREFIX}${String(i).padStart(6, "0")}`,
      handle: `${slugify(title)}-${seller.handle}-${i.toString(36)}`,
      title,
      subtitle: `${seller.name} · ${seller.district.name}, ${seller.district.regencyName}`,
      description: `${base.description} ${pick(rng, otherSentences)}`,
      thumbnail: this.facts.thumbnails[base.handle] ?? null,
      status: "published",
      sales_channel_ids: this.facts.sales_channel_ids,
      tags: [...new Set(tags)],
      category_handles: [base.categoryHandle, main],
      category_names: [categoryName(base.categoryHandle)!, mainName],
      main_category: main,
      seller_id: seller.id,
      seller_handle: seller.handle,
      seller_name: seller.name,
      district_code: seller.district.code,
      district_name: seller.district.name,
      city_code: seller.district.regencyCode,
      city: seller.district.regencyName,
      badges: profile.badges,
      cohorts: profile.cohorts,
      price: Math.min(rule.max, Math.max(rule.min, scaled)),
      in_stock: rng() >= 0.08,
      open_slots: profile.open_slots,
      closed_slots: profile.closed_slots,
      created_at: new Date(CREATED_UNTIL - Math.floor(rng() * YEAR_MS)).toISOString(),
    }
  }
}

/** The head of one title joined to the tail of another, without repeated words, at most 7 words. */
function recombineTitle(rng: Rng, head: string, tail: string): string {
  const headWords = head.split(" ")
  const tailWords = tail.split(" ")
  const kept = headWords.slice(0, between(rng, Math.min(2, headWords.length), headWords.length))
  const added = tailWords.slice(between(rng, 1, Math.max(1, tailWords.length - 1)))
  const seen = new Set<string>()
  return [...kept, ...added]
    .filter((word) => {
      const key = word.toLowerCase()
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .slice(0, 7)
    .join(" ")
}
