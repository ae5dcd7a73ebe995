/**
 * The storefront server's exposure counter (docs/decisions/102-fair-exposure.md): each browse
 * loader calls `countExposure` once with the cards it returns. Counted per shopper request (the
 * catalog micro-cache may serve many requests from one backend call); bots are not counted. The
 * counters go to the backend's POST /internal/exposure in batches, with SENTRA_EXPOSURE_SECRET.
 */
import { EXPOSURE_SECRET_HEADER, type ExposureSurface } from "@sentra/vocabulary"
import { env } from "~/lib/env.server"
import { createExposureBuffer, isBot, type ExposureEntry } from "./buffer"

const FLUSH_TIMEOUT_MS = 5_000

async function send(entries: ExposureEntry[]): Promise<void> {
  const response = await fetch(`${env.MEDUSA_BACKEND_URL}/internal/exposure`, {
    method: "POST",
    headers: { "content-type": "application/json", [EXPOSURE_SECRET_HEADER]: env.SENTRA_EXPOSURE_SECRET },
    body: JSON.stringify({ entries }),
    signal: AbortSignal.timeout(FLUSH_TIMEOUT_MS),
  })
  if (!response.ok) throw new Error(`POST /internal/exposure answered ${response.status}`)
}

const buffer = createExposureBuffer({
  send,
  onError: (error, dropped) => console.error(`[exposure] ${dropped} impressions dropped:`, (error as Error).message),
})

/** Counts the sellers of the cards a page shows this shopper (never throws, never waits). */
export function countExposure(request: Request, surface: ExposureSurface, cards: readonly { sellerId?: string | null }[]): void {
  // Browsers mark speculative loads (prefetch, prerender): nobody has seen the page yet.
  const purpose = request.headers.get("sec-purpose") ?? request.headers.get("purpose")
  if (purpose?.includes("prefetch") || isBot(request.headers.get("user-agent"))) return
  buffer.add(surface, cards.map((card) => card.sellerId))
}

/** Sends what is held now (tests; a shutdown hook could call it too). */
export const flushExposure = () => buffer.flush()
