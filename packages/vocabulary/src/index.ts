/**
 * @sentra/vocabulary: the words the backend and the storefront share: the product categories,
 * the creative-economy subsectors sellers belong to, the payment methods and the banks sellers are paid to.
 */

export type MainCategory = "kuliner" | "fesyen" | "kriya"

export interface CategorySeed {
  handle: string
  name: string
  nameEn: string
  description: string
  children: { handle: string; name: string; nameEn: string }[]
}

export const CATEGORIES: CategorySeed[] = [
  {
    handle: "kuliner",
    name: "Kuliner",
    nameEn: "Culinary",
    description:
      "Masakan rumahan, kue, camilan, sambal, dan minuman khas daerah buatan UMKM di sekitar Anda.",
    children: [
      { handle: "makanan-berat", name: "Makanan Berat & Lauk", nameEn: "Meals & Side Dishes" },
      { handle: "kue-jajanan", name: "Kue & Jajanan Pasar", nameEn: "Cakes & Traditional Snacks" },
      { handle: "keripik-camilan", name: "Keripik & Camilan", nameEn: "Chips & Snacks" },
      { handle: "sambal-bumbu", name: "Sambal & Bumbu", nameEn: "Chili Sauces & Seasonings" },
      { handle: "minuman", name: "Minuman", nameEn: "Beverages" },
    ],
  },
  {
    handle: "fesyen",
    name: "Fesyen",
    nameEn: "Fashion",
    description:
      "Batik, tenun, kaos sablon, busana muslim, sepatu, dan tas karya perajin dan desainer lokal.",
    children: [
      { handle: "batik", name: "Batik & Tenun", nameEn: "Batik & Woven Cloth" },
      { handle: "kaos-sablon", name: "Kaos & Sablon", nameEn: "Screen-printed Apparel" },
      { handle: "hijab-busana-muslim", name: "Hijab & Busana Muslim", nameEn: "Hijab & Muslim Wear" },
      { handle: "sepatu-sandal", name: "Sepatu & Sandal", nameEn: "Shoes & Sandals" },
      { handle: "tas-aksesori", name: "Tas & Aksesori", nameEn: "Bags & Accessories" },
    ],
  },
  {
    handle: "kriya",
    name: "Kriya",
    nameEn: "Crafts",
    description:
      "Anyaman, keramik, gerabah, kerajinan kayu dan kulit, serta rajutan buatan tangan perajin lokal.",
    children: [
      { handle: "anyaman", name: "Anyaman Bambu, Rotan & Pandan", nameEn: "Bamboo, Rattan & Pandan Weaving" },
      { handle: "keramik-gerabah", name: "Keramik & Gerabah", nameEn: "Ceramics & Earthenware" },
      { handle: "kerajinan-kayu", name: "Kerajinan Kayu", nameEn: "Woodcraft" },
      { handle: "kerajinan-kulit", name: "Kerajinan Kulit", nameEn: "Leathercraft" },
      { handle: "rajut-sulam", name: "Rajut & Sulam", nameEn: "Knitting & Embroidery" },
    ],
  },
]

/** The 17 creative-economy subsectors (Bekraf / Kemenparekraf, used by Kota Bandung). */
export const CREATIVE_SUBSECTORS: { code: string; name: string }[] = [
  { code: "aplikasi", name: "Aplikasi" },
  { code: "arsitektur", name: "Arsitektur" },
  { code: "desain-interior", name: "Desain Interior" },
  { code: "desain-komunikasi-visual", name: "Desain Komunikasi Visual" },
  { code: "desain-produk", name: "Desain Produk" },
  { code: "fesyen", name: "Fesyen" },
  { code: "film-animasi-video", name: "Film, Animasi, dan Video" },
  { code: "fotografi", name: "Fotografi" },
  { code: "kriya", name: "Kriya" },
  { code: "kuliner", name: "Kuliner" },
  { code: "musik", name: "Musik" },
  { code: "penerbitan", name: "Penerbitan" },
  { code: "periklanan", name: "Periklanan" },
  { code: "permainan-interaktif", name: "Permainan Interaktif" },
  { code: "seni-pertunjukan", name: "Seni Pertunjukan" },
  { code: "seni-rupa", name: "Seni Rupa" },
  { code: "televisi-radio", name: "Televisi dan Radio" },
]

/** The main category of a main or sub category handle, or undefined if unknown. */
export function mainCategoryOf(categoryHandle: string): MainCategory | undefined {
  for (const category of CATEGORIES) {
    if (category.handle === categoryHandle || category.children.some((c) => c.handle === categoryHandle)) {
      return category.handle as MainCategory
    }
  }
  return undefined
}

/** The display name of a main or sub category handle. */
export function categoryName(categoryHandle: string): string | undefined {
  for (const category of CATEGORIES) {
    if (category.handle === categoryHandle) return category.name
    const child = category.children.find((c) => c.handle === categoryHandle)
    if (child) return child.name
  }
  return undefined
}

/**
 * How a shopper pays, as Medusa payment provider ids (`pp_<identifier>_<id>`), shared by the
 * backend's region setup and the storefront's checkout. Cash is Sentra's own provider
 * (backend/src/modules/cash-payment); card is Medusa's Stripe provider when STRIPE_API_KEY is set.
 */
export const PAYMENT_PROVIDERS = { cash: "pp_cash_cash", card: "pp_stripe_stripe" } as const
export type PaymentMethod = keyof typeof PAYMENT_PROVIDERS

/** The method a payment provider id stands for (null for anything else, e.g. Medusa's test provider). */
export function paymentMethodOf(providerId: string | null | undefined): PaymentMethod | null {
  const entry = Object.entries(PAYMENT_PROVIDERS).find(([, id]) => id === providerId)
  return entry ? (entry[0] as PaymentMethod) : null
}

/**
 * Indonesian banks a seller can be paid to, with the bank code used for domestic transfers
 * (SKN/RTGS/BI-FAST three-digit code). The one list shared by the seller panel, the vendor API's
 * validation and the payout export.
 */
export const BANKS: { code: string; name: string }[] = [
  { code: "014", name: "BCA" },
  { code: "002", name: "BRI" },
  { code: "009", name: "BNI" },
  { code: "008", name: "Mandiri" },
  { code: "451", name: "BSI (Bank Syariah Indonesia)" },
  { code: "022", name: "CIMB Niaga" },
  { code: "013", name: "Permata" },
  { code: "011", name: "Danamon" },
  { code: "200", name: "BTN" },
  { code: "110", name: "Bank BJB" },
  { code: "016", name: "Maybank Indonesia" },
  { code: "028", name: "OCBC NISP" },
  { code: "426", name: "Bank Mega" },
  { code: "147", name: "Bank Muamalat" },
  { code: "111", name: "Bank DKI" },
  { code: "113", name: "Bank Jateng" },
  { code: "114", name: "Bank Jatim" },
  { code: "535", name: "SeaBank" },
  { code: "542", name: "Bank Jago" },
]

/** The bank of a code, or undefined. */
export function bankByCode(code: string | null | undefined): { code: string; name: string } | undefined {
  return BANKS.find((b) => b.code === code)
}

/**
 * An account number as banks print it ("123-456 7890") reduced to its digits, or null when it is
 * not 6 to 20 digits after removing spaces, dots and dashes.
 */
export function normalizeAccountNumber(value: string): string | null {
  const digits = value.replace(/[\s.-]/g, "")
  return /^\d{6,20}$/.test(digits) ? digits : null
}

/**
 * What a shopper tells each seller at checkout (docs/decisions/100-part-notes.md): an optional
 * note ("tidak pedas") and, for a seller with a pre-order lead time, the date the part must be
 * ready for pickup or delivery. One rule for the storefront's form and the backend's checks.
 */
export const PART_NOTE_MAX_LENGTH = 280
/** The latest ready date a shopper may choose, in days after today (WIB). */
export const READY_DATE_MAX_DAYS = 60

export interface PartDetail {
  note: string | null
  /** `YYYY-MM-DD`, a calendar day in WIB. */
  ready_date: string | null
}

export type PartDetailProblem =
  | "note_too_long"
  | "note_invalid"
  | "date_required"
  | "date_invalid"
  | "date_too_early"
  | "date_too_late"
  | "date_not_preorder"

/** Today's calendar day in WIB (Asia/Jakarta, UTC+7, no daylight saving) as `YYYY-MM-DD`. */
export function todayInWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * The ready dates a shopper may choose for a seller with `leadTimeDays` (> 0): from today (WIB) +
 * lead time to today + 60 days (or the lead time, when it is longer). Null: not a pre-order seller.
 */
export function readyDateWindow(leadTimeDays: number, now: Date = new Date()): { min: string; max: string } | null {
  if (!(leadTimeDays > 0)) return null
  const today = todayInWib(now)
  return { min: addDays(today, leadTimeDays), max: addDays(today, Math.max(READY_DATE_MAX_DAYS, leadTimeDays)) }
}

const isCalendarDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

/**
 * Checks one seller part's note and ready date (strings as typed; empty = none). Returns the
 * cleaned detail and a problem per field (none when valid).
 */
export function checkPartDetail(
  input: { note?: unknown; ready_date?: unknown } | null | undefined,
  leadTimeDays: number,
  now: Date = new Date()
): { detail: PartDetail; problems: Partial<Record<keyof PartDetail, PartDetailProblem>> } {
  const problems: Partial<Record<keyof PartDetail, PartDetailProblem>> = {}
  const rawNote = input?.note ?? null
  const rawDate = input?.ready_date ?? null
  const note = typeof rawNote === "string" ? rawNote.trim() || null : null
  const date = typeof rawDate === "string" ? rawDate.trim() || null : null
  if (rawNote !== null && typeof rawNote !== "string") problems.note = "note_invalid"
  else if (note && [...note].length > PART_NOTE_MAX_LENGTH) problems.note = "note_too_long"
  const window = readyDateWindow(leadTimeDays, now)
  if (rawDate !== null && typeof rawDate !== "string") problems.ready_date = "date_invalid"
  else if (!window) {
    if (date) problems.ready_date = "date_not_preorder"
  } else if (!date) problems.ready_date = "date_required"
  else if (!isCalendarDay(date)) problems.ready_date = "date_invalid"
  else if (date < window.min) problems.ready_date = "date_too_early"
  else if (date > window.max) problems.ready_date = "date_too_late"
  return { detail: { note, ready_date: window ? date : null }, problems }
}

/**
 * Where the storefront shows product cards, for counting each seller's exposure (docs/decisions/
 * 102-fair-exposure.md): the home page, a kecamatan page, a category page, search results, a
 * seller's own page.
 */
export const EXPOSURE_SURFACES = ["home", "kecamatan", "category", "search", "seller"] as const
export type ExposureSurface = (typeof EXPOSURE_SURFACES)[number]

/** Most entries (seller × day × surface) one flush may carry. */
export const MAX_EXPOSURE_ENTRIES = 1000

/**
 * The header that carries SENTRA_EXPOSURE_SECRET from the storefront server to the backend: its
 * proof of being the storefront, for exposure counters and for the visitor address below.
 */
export const EXPOSURE_SECRET_HEADER = "x-sentra-exposure-secret"

/**
 * The visitor's address, sent by the storefront server on the seller auth calls it makes for a
 * visitor (login, registration, reset), next to its secret: the backend counts the per-IP rate
 * limit against it instead of the storefront's own address (decision 103).
 */
export const CLIENT_IP_HEADER = "x-sentra-client-ip"
