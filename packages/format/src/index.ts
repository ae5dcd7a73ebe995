/**
 * Indonesian formatting helpers shared by the backend and the storefront.
 * Money: Medusa stores major units and IDR has no minor unit, so amounts are whole Rupiah.
 */

const rupiahFormatter = new Intl.NumberFormat("id-ID", {
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
})

/** Formats a whole-Rupiah amount as `Rp 25.000` (negative: `-Rp 25.000`). */
export function formatRupiah(amount: number | string | null | undefined): string {
  const value = typeof amount === "string" ? Number(amount) : amount
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return "Rp -"
  }
  const rounded = Math.round(value)
  const digits = rupiahFormatter.format(Math.abs(rounded))
  return `${rounded < 0 ? "-" : ""}Rp ${digits}`
}

/** The time zones used by Indonesian cities (WIB, WITA, WIT). */
export const INDONESIAN_TIME_ZONES = {
  WIB: "Asia/Jakarta",
  WITA: "Asia/Makassar",
  WIT: "Asia/Jayapura",
} as const

export type IndonesianZone = keyof typeof INDONESIAN_TIME_ZONES

/** Formats a date/time in an Indonesian zone, e.g. `22 Nov 2026 14.05 WIB` (id-ID). */
export function formatDateTime(
  date: Date | string,
  zone: IndonesianZone = "WIB",
  locale = "id-ID"
): string {
  const d = typeof date === "string" ? new Date(date) : date
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: INDONESIAN_TIME_ZONES[zone],
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(d)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ""
  const separator = locale.startsWith("id") ? "." : ":"
  return `${part("day")} ${part("month")} ${part("year")} ${part("hour")}${separator}${part("minute")} ${zone}`
}

/**
 * Formats a calendar day (`YYYY-MM-DD`, e.g. a pre-order ready date, already a WIB day) with its
 * weekday: `Sabtu, 12 Desember 2026` (id-ID), `Saturday 12 December 2026` (en-GB). Anything
 * else is returned as given.
 */
export function formatDay(day: string, locale = "id-ID"): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day
  const date = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return day
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(date)
}

/**
 * Normalises an Indonesian mobile number to E.164 without the plus (`628123456789`),
 * the form WhatsApp links use. Returns null when the input is not an Indonesian mobile number
 * (mobile numbers start with 08 / +628 / 628 and have 10 to 13 digits in the 08 form).
 */
export function normalizeIndonesianMobile(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, "")
  let local: string
  if (/^\+628\d+$/.test(compact)) {
    local = "0" + compact.slice(3)
  } else if (/^628\d+$/.test(compact)) {
    local = "0" + compact.slice(2)
  } else if (/^08\d+$/.test(compact)) {
    local = compact
  } else {
    return null
  }
  if (local.length < 10 || local.length > 13) {
    return null
  }
  return "62" + local.slice(1)
}
