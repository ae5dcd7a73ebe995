/** Parsing what sellers type into the panel's forms (pure; unit-tested). */

/**
 * A Rupiah price as sellers type it: `25000`, `25.000`, `Rp 25.000`, `25 000`. Dots and spaces
 * must group thousands (`2.50` is refused: it looks like decimals, and IDR has none); letters,
 * commas, negatives and amounts above one billion → null.
 */
export function parseRupiah(text: unknown): number | null {
  const value = String(text ?? "")
    .trim()
    .replace(/^rp\.?\s*/i, "")
  if (!value) return null
  if (!/^\d{1,3}(?:[. ]\d{3})*$/.test(value) && !/^\d+$/.test(value)) return null
  const amount = Number(value.replace(/[. ]/g, ""))
  return Number.isSafeInteger(amount) && amount <= 1_000_000_000 ? amount : null
}

/** A whole number in [min, max] typed as digits (thousands dots allowed), or null. */
export function parseWhole(text: unknown, min: number, max: number): number | null {
  const value = String(text ?? "").trim()
  if (!/^\d{1,3}(?:\.\d{3})*$/.test(value) && !/^\d+$/.test(value)) return null
  const amount = Number(value.replace(/\./g, ""))
  return amount >= min && amount <= max ? amount : null
}

/** `HH:MM` with 00–23 hours (or `24:00`), or null. */
export function parseTime(text: unknown): string | null {
  const value = String(text ?? "").trim().replace(".", ":")
  const match = /^(\d{1,2}):(\d{2})$/.exec(value)
  if (!match) return null
  const [hours, minutes] = [Number(match[1]), Number(match[2])]
  if (hours === 24 && minutes === 0) return "24:00"
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, "0")}:${match[2]}` : null
}

/** A real calendar date `YYYY-MM-DD`, or null. */
export function parseDate(text: unknown): string | null {
  const value = String(text ?? "").trim()
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null
}

/**
 * The field paths a backend `400` message names: Sentra's custom messages start with
 * `Field 'a.b'`, Medusa's own say `for field 'variants, 0, price'`. Paths come back dotted
 * (`variants.0.price`).
 */
export function backendFieldPaths(message: string): string[] {
  const paths = [...message.matchAll(/[Ff]ield '([^']+)'/g)].map((m) => m[1].split(/\s*,\s*|\./).join("."))
  return [...new Set(paths)]
}
