/**
 * Counting which sellers shoppers are shown (docs/decisions/102-fair-exposure.md), cheaply: the
 * page loaders add the seller ids of their product cards here; the buffer keeps one counter per
 * (seller, WIB day, surface) and sends them in one batch every few seconds, or as soon as it holds
 * `maxEntries` counters. Pure (no environment, no network): `send` does the I/O.
 *
 * A failed send drops its counts (logged): exposure is a statistic, a retry could count twice when
 * the backend wrote but the answer was lost, and keeping counts while the backend is down would
 * grow without bound. At most one interval's counts are lost per failure.
 */
import { todayInWib, type ExposureSurface } from "@sentra/vocabulary"

export interface ExposureEntry {
  seller_id: string
  /** YYYY-MM-DD in WIB. */
  day: string
  surface: ExposureSurface
  impressions: number
}

export interface ExposureBufferOptions {
  send: (entries: ExposureEntry[]) => Promise<void>
  /** Flush as soon as this many counters are held (the backend takes at most 1000 a flush). */
  maxEntries?: number
  /** Flush at least this often while counters are held. */
  intervalMs?: number
  now?: () => Date
  onError?: (error: unknown, dropped: number) => void
}

/**
 * User agents that are not shoppers: search and social crawlers, Lighthouse (the storefront bench
 * runs it) and headless browsers, uptime checkers and plain HTTP clients (curl, the bench's Node
 * fetch). A request without a user agent is not counted either.
 */
export const BOT_USER_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|lighthouse|headlesschrome|pagespeed|prerender|facebookexternalhit|whatsapp|preview|monitor|uptime|curl|wget|python|java\/|go-http-client|okhttp|axios|node-fetch|undici|^node$|k6\/|autocannon|scrapy|httpclient/i

export function isBot(userAgent: string | null | undefined): boolean {
  return !userAgent?.trim() || BOT_USER_AGENT.test(userAgent)
}

export interface ExposureBuffer {
  /** Counts one page view for each seller with a card on it (several cards of one seller count once). */
  add(surface: ExposureSurface, sellerIds: readonly (string | null | undefined)[]): void
  /** Sends what is held now (resolves when sent or dropped). */
  flush(): Promise<void>
  /** Counters held, not yet sent. */
  size(): number
  /** Stops the timer (tests, shutdown). */
  stop(): void
}

export function createExposureBuffer({
  send,
  maxEntries = 500,
  intervalMs = 5000,
  now = () => new Date(),
  onError = () => {},
}: ExposureBufferOptions): ExposureBuffer {
  let held = new Map<string, ExposureEntry>()
  let timer: ReturnType<typeof setInterval> | undefined

  async function flush() {
    if (!held.size) return
    const batch = [...held.values()]
    held = new Map()
    try {
      await send(batch)
    } catch (error) {
      onError(error, batch.reduce((sum, e) => sum + e.impressions, 0))
    }
  }

  function startTimer() {
    if (timer) return
    timer = setInterval(() => void flush(), intervalMs)
    // The timer never keeps the process alive on its own.
    timer.unref?.()
  }

  return {
    add(surface, sellerIds) {
      const day = todayInWib(now())
      for (const seller_id of new Set(sellerIds)) {
        if (!seller_id) continue
        const key = `${seller_id}|${day}|${surface}`
        const entry = held.get(key)
        if (entry) entry.impressions += 1
        else held.set(key, { seller_id, day, surface, impressions: 1 })
      }
      if (held.size >= maxEntries) void flush()
      else if (held.size) startTimer()
    },
    flush,
    size: () => held.size,
    stop() {
      if (timer) clearInterval(timer)
      timer = undefined
    },
  }
}
