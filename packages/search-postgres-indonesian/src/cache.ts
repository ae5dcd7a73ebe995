/**
 * A small in-process cache: entries expire after `ttlMs`, the oldest is dropped beyond `size`.
 * For values other processes may change (they are forgotten within `ttlMs`); this process
 * clears it when it writes.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; at: number }>()

  constructor(
    private readonly ttlMs: number,
    private readonly size: number
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (Date.now() - entry.at >= this.ttlMs) {
      this.entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: string, value: V): void {
    this.entries.delete(key)
    if (this.entries.size >= this.size) {
      this.entries.delete(this.entries.keys().next().value!)
    }
    this.entries.set(key, { value, at: Date.now() })
  }

  clear(): void {
    this.entries.clear()
  }
}
