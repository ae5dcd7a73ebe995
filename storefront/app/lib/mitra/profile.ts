/**
 * The seller profile form (onboarding and /mitra/profil): what the seller typed → the body of
 * `POST /vendor/sellers[/me]`, or a message key per field. Pure; unit-tested.
 */
import { normalizeIndonesianMobile } from "@sentra/format"
import type { MitraKey } from "~/i18n/mitra.id"
import { WEEKDAYS, type Weekday } from "~/lib/opening-hours"
import { parseDate, parseTime, parseWhole } from "./input"

export const SELLER_CATEGORIES = ["kuliner", "fesyen", "kriya"] as const
export const DOCUMENT_TYPES = ["nib", "pirt", "halal"] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]
/** Opening intervals a day the form offers (the API takes up to 6). */
export const INTERVALS_PER_DAY = 2

export type FieldErrors = Partial<Record<string, MitraKey>>

export interface Interval {
  open: string
  close: string
}

export interface ProfileBody {
  name: string
  description: string | null
  district_code: string
  categories: string[]
  whatsapp: string
  pickup_address: string | null
  women_owned: boolean
  new_entrepreneur: boolean
  opening_hours: Partial<Record<Weekday, Interval[]>>
  /** Closed dates (YYYY-MM-DD, the seller's zone), sorted. */
  holiday_closures: string[]
  preparation_minutes: number
  lead_time_days: number
  documents: { type: DocumentType; number: string; expires_at: string | null }[]
}

/** Form field names (one place, shared by the form component and the parser). */
export const hoursField = (day: Weekday, index: number, end: "open" | "close") => `hours_${day}_${index}_${end}`
export const docField = (type: DocumentType, part: "number" | "expires" | "photo") => `doc_${type}_${part}`

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** Parses the profile form; `districtCodes` are the loaded kecamatan (a code from elsewhere is refused). */
export function parseProfileForm(form: FormData, districtCodes: ReadonlySet<string>): { body: ProfileBody; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const name = text(form, "name")
  if (name.length < 2 || name.length > 120) errors.name = "mitra.error.name"
  const description = text(form, "description")
  if (description.length > 2000) errors.description = "mitra.error.description"
  const district = text(form, "district_code")
  if (!districtCodes.has(district)) errors.district_code = "mitra.error.district"
  const categories = form.getAll("categories").map(String)
  if (!categories.length || categories.some((c) => !(SELLER_CATEGORIES as readonly string[]).includes(c))) errors.categories = "mitra.error.categories"
  const whatsapp = normalizeIndonesianMobile(text(form, "whatsapp"))
  if (!whatsapp) errors.whatsapp = "mitra.error.whatsapp"
  const pickup = text(form, "pickup_address")
  if (pickup.length > 500) errors.pickup_address = "mitra.error.pickupAddress"

  const opening_hours: ProfileBody["opening_hours"] = {}
  for (const day of WEEKDAYS) {
    const intervals: Interval[] = []
    for (let i = 0; i < INTERVALS_PER_DAY; i++) {
      const [openText, closeText] = [text(form, hoursField(day, i, "open")), text(form, hoursField(day, i, "close"))]
      if (!openText && !closeText) continue
      const [open, close] = [parseTime(openText), parseTime(closeText)]
      if (!open || !close || open === close) errors[`hours_${day}`] = "mitra.error.hours"
      else intervals.push({ open, close })
    }
    opening_hours[day] = intervals
  }

  const holidays = parseHolidays(text(form, "holiday_closures"))
  if (!holidays) errors.holiday_closures = "mitra.error.holidays"

  const preparation = parseWhole(text(form, "preparation_minutes") || "0", 0, 10080)
  if (preparation === null) errors.preparation_minutes = "mitra.error.preparation"
  const lead = parseWhole(text(form, "lead_time_days") || "0", 0, 90)
  if (lead === null) errors.lead_time_days = "mitra.error.leadTime"

  const documents: ProfileBody["documents"] = []
  for (const type of DOCUMENT_TYPES) {
    const number = text(form, docField(type, "number"))
    const expiresText = text(form, docField(type, "expires"))
    const expires = expiresText ? parseDate(expiresText) : null
    if (expiresText && !expires) errors[docField(type, "expires")] = "mitra.error.date"
    if (!number) {
      if (expiresText || hasFile(form.get(docField(type, "photo")))) errors[docField(type, "number")] = "mitra.error.docNumber"
      continue
    }
    if (number.length < 3 || number.length > 64) errors[docField(type, "number")] = "mitra.error.docNumber"
    documents.push({ type, number, expires_at: expires })
  }

  return {
    body: {
      name,
      description: description || null,
      district_code: district,
      categories: [...new Set(categories)],
      whatsapp: whatsapp ?? "",
      pickup_address: pickup || null,
      women_owned: form.get("women_owned") === "on",
      new_entrepreneur: form.get("new_entrepreneur") === "on",
      opening_hours,
      holiday_closures: holidays ?? [],
      preparation_minutes: preparation ?? 0,
      lead_time_days: lead ?? 0,
      documents,
    },
    errors,
  }
}

/** Holiday dates, one per line (or comma-separated): sorted and unique, or null if one is not a date. */
export function parseHolidays(text: string): string[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean)
  const dates = parts.map(parseDate)
  if (dates.some((d) => d === null) || dates.length > 366) return null
  return [...new Set(dates as string[])].sort()
}

/** Today's date in WIB (YYYY-MM-DD): "closed today" adds it to the holiday dates. */
export function todayWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

/** A file input that was filled in (an empty one posts a nameless, empty File). */
export function hasFile(value: FormDataEntryValue | null): value is File {
  return typeof value === "object" && value !== null && value.size > 0
}

/** A `400` from the backend names a field path; this is the form field it belongs to. */
export function profileFieldOf(path: string, documentTypes: readonly DocumentType[]): string {
  const [head, second, third] = path.split(".")
  if (head === "opening_hours" && second) return `hours_${second}`
  if (head === "documents" && second !== undefined) {
    const type = documentTypes[Number(second)]
    return type ? docField(type, third === "expires_at" ? "expires" : third === "photo_url" ? "photo" : "number") : "documents"
  }
  return head
}
