/**
 * The seed's "One District One Product" curation: a few kecamatan featured on the home page, each
 * with a headline, a story, a generated hero image and its flagship product (a product of one
 * of its seeded sellers). City staff change all of it in Medusa Admin (/admin/districts).
 */
import { mainCategoryOf } from "@sentra/vocabulary"
import { districtHeroSvg } from "./images.js"
import type { ProductSeed } from "./products.js"
import { hashString } from "./random.js"

export interface FeaturedDistrictSeed {
  code: string
  rank: number
  headline: string
  story: string
  flagshipHandle: string
  heroImage: { fileName: string; mimeType: "image/svg+xml"; content: string }
}

/** One per seed city, Bandung twice; each flagship is the first seeded product of that seller. */
const FEATURED: { code: string; name: string; city: string; sellerHandle: string; headline: string; story: string }[] = [
  {
    code: "32.73.02",
    name: "Coblong",
    city: "Kota Bandung",
    sellerHandle: "dapur-bu-imas",
    headline: "Masakan Sunda rumahan dari dapur Coblong",
    story:
      "Di antara kampus dan kos mahasiswa, dapur-dapur rumahan Coblong memasak lauk Sunda setiap pagi, dan perajin keramik Dago membentuk tanah liat di halaman belakang.",
  },
  {
    code: "32.73.18",
    name: "Cibeunying Kaler",
    city: "Kota Bandung",
    sellerHandle: "batik-cigadung-lestari",
    headline: "Batik tulis Cigadung, dicanting tangan",
    story: "Kampung batik Cigadung menjaga motif-motif Bandung: setiap lembar dicanting dan diwarnai di rumah para pembatik.",
  },
  {
    code: "32.75.08",
    name: "Pondokgede",
    city: "Kota Bekasi",
    sellerHandle: "dodol-betawi-enyak-romlah",
    headline: "Dodol Betawi yang diaduk berjam-jam",
    story: "Resep keluarga Betawi dari Pondokgede: ketan, gula aren dan santan diaduk di kuali besar sampai legit.",
  },
  {
    code: "32.76.03",
    name: "Sawangan",
    city: "Kota Depok",
    sellerHandle: "gerabah-sawangan-asri",
    headline: "Gerabah Sawangan dari tanah liat setempat",
    story: "Pot, kendi dan celengan dibentuk dan dibakar di tungku para perajin Sawangan.",
  },
  {
    code: "36.73.05",
    name: "Cipocok Jaya",
    city: "Kota Serang",
    sellerHandle: "batik-tenun-banten-cipocok",
    headline: "Batik dan tenun khas Banten",
    story: "Motif Banten yang digali dari sejarah Kesultanan, ditenun dan dibatik oleh perajin Cipocok Jaya.",
  },
]

export function buildFeaturedDistricts(products: ProductSeed[]): FeaturedDistrictSeed[] {
  return FEATURED.map((district, index) => {
    const flagship = products.find((p) => p.sellerHandle === district.sellerHandle)
    if (!flagship) throw new Error(`Featured ${district.name}: seller ${district.sellerHandle} has no seeded product`)
    const category = mainCategoryOf(flagship.categoryHandle) ?? "other"
    return {
      code: district.code,
      rank: index + 1,
      headline: district.headline,
      story: district.story,
      flagshipHandle: flagship.handle,
      heroImage: {
        fileName: `kecamatan-${district.code.replace(/\./g, "-")}.svg`,
        mimeType: "image/svg+xml",
        content: districtHeroSvg(district.name, district.city, category, hashString(district.code)),
      },
    }
  })
}
