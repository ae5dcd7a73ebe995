const RUPIAH = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 })
const NUMBER = new Intl.NumberFormat("id-ID")
const DATE = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeZone: "Asia/Jakarta" })
const DAY_MONTH = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", timeZone: "UTC" })

export const rupiah = (amount: number) => RUPIAH.format(amount)
export const angka = (value: number) => NUMBER.format(value)
export const tanggal = (iso: string | null | undefined) => (iso ? DATE.format(new Date(iso)) : "–")
/** A calendar day (YYYY-MM-DD) as "30 Nov". */
export const tanggalPendek = (day: string) => DAY_MONTH.format(new Date(`${day}T00:00:00Z`))

/** Today in Jakarta as YYYY-MM-DD. */
export const hariIni = () => new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" })

/** The storefront the preview links open (the Admin is served by the backend, not the storefront). */
export const STOREFRONT_URL: string =
  (import.meta as unknown as { env?: Record<string, string | undefined> }).env?.VITE_SENTRA_STOREFRONT_URL ?? "http://localhost:5173"

const DATE_TIME = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" })

/** Date and time in Jakarta, e.g. "4 Des 2026, 14.05 WIB". */
export const waktu = (iso: string | null | undefined) => (iso ? `${DATE_TIME.format(new Date(iso))} WIB` : "–")
