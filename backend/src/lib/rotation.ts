/**
 * Fair rotation of what the home and category pages show (docs/decisions/095-fair-rotation.md).
 * Pure: no clock, no database — callers pass the period and the eligible products.
 */
import { hashString } from "@sentra/seed-data"

/** One rotation period: an hour, with hour boundaries in WIB (UTC+7). */
export const ROTATION_PERIOD_MS = 60 * 60 * 1000
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

export interface RotationPeriod {
  /** Hours since 1970-01-01 00:00 WIB. */
  index: number
  starts_at: string
  ends_at: string
}

/** The rotation period that contains `at`. */
export function rotationPeriod(at: Date): RotationPeriod {
  const index = Math.floor((at.getTime() + WIB_OFFSET_MS) / ROTATION_PERIOD_MS)
  const start = index * ROTATION_PERIOD_MS - WIB_OFFSET_MS
  return { index, starts_at: new Date(start).toISOString(), ends_at: new Date(start + ROTATION_PERIOD_MS).toISOString() }
}

export interface RotationItem {
  id: string
  seller_id: string
}

/** A fixed order that does not favour names or signup dates: by hash of the id, then the id. */
const byHash = (a: string, b: string) => hashString(a) - hashString(b) || (a < b ? -1 : a > b ? 1 : 0)

/**
 * The products period `periodIndex` shows, at most `limit`. Sellers stand in a fixed order (hash
 * of the seller id), each with its products in a fixed order (hash of the product id). Think of
 * an endless tape of slots: slot k is seller number k mod N (N sellers) with its product number
 * floor(k / N) (modulo its product count). Period p shows slots p·limit … p·limit + limit − 1, so
 * the next period goes on where this one stopped: every seller appears within any ⌈N / limit⌉
 * consecutive periods, one product per seller before any seller shows a second one, and each
 * time a seller comes round it shows its next product. The input order does not matter.
 */
export function rotate<T extends RotationItem>(items: readonly T[], periodIndex: number, limit: number): T[] {
  const bySeller = new Map<string, T[]>()
  for (const item of items) {
    const list = bySeller.get(item.seller_id)
    if (list) list.push(item)
    else bySeller.set(item.seller_id, [item])
  }
  const sellers = [...bySeller.keys()].sort(byHash)
  const products = sellers.map((id) => bySeller.get(id)!.sort((a, b) => byHash(a.id, b.id)))
  const n = sellers.length
  const take = Math.min(Math.max(0, Math.floor(limit)), items.length)
  if (!take) return []
  const longest = Math.max(...products.map((list) => list.length))
  const picked: T[] = []
  const seen = new Set<string>()
  // More slots than a seller has products wraps its list: skip repeats. Every product is reached
  // within n · longest slots, so the loop ends.
  const start = periodIndex * take
  for (let k = start; picked.length < take && k < start + n * (longest + 1); k++) {
    const list = products[k % n]
    const item = list[Math.floor(k / n) % list.length]
    if (!seen.has(item.id)) {
      seen.add(item.id)
      picked.push(item)
    }
  }
  return picked
}
