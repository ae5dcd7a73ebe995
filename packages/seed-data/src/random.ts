/**
 * Deterministic randomness, for the seed catalog and for the benchmarks' documents and request
 * mix (test/bench). Every generator derives its own PRNG from a stable key (a seller or product
 * handle), so adding one product does not reshuffle the others.
 */

/** The fixed seed of all generated data. Change it only if you want a different data set. */
export const SEED = 20260117

export type Rng = () => number

/** mulberry32: a tiny, fast 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a 32-bit hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * A PRNG for one item, derived from a seed (the catalog's `SEED` unless given) and the item's key.
 * The benchmarks pass 0: their streams are mulberry32 over the key's hash alone.
 */
export function rngFor(key: string, seed: number = SEED): Rng {
  return mulberry32(hashString(key) ^ seed)
}

/** Integer in [min, max], both inclusive. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]
}

/** `count` distinct items, in their original order. */
export function pickSome<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const indexes = items.map((_, i) => i)
  for (let i = indexes.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[indexes[i], indexes[j]] = [indexes[j], indexes[i]]
  }
  return indexes
    .slice(0, Math.min(count, items.length))
    .sort((a, b) => a - b)
    .map((i) => items[i])
}

/** A string of `count` random decimal digits. */
export function randomDigits(rng: Rng, count: number): string {
  let out = ""
  for (let i = 0; i < count; i++) out += String(Math.floor(rng() * 10))
  return out
}

/** A key drawn by weight. */
export function weighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][]
  let roll = rng() * entries.reduce((sum, [, weight]) => sum + weight, 0)
  for (const [key, weight] of entries) {
    roll -= weight
    if (roll < 0) return key
  }
  return entries[entries.length - 1][0]
}

/** Up to `count` distinct items, in the order drawn (pickSome keeps the original order). */
export function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items]
  const chosen: T[] = []
  while (chosen.length < count && pool.length) {
    chosen.push(pool.splice(Math.floor(rng() * pool.length), 1)[0])
  }
  return chosen
}
