/**
 * Is the Meilisearch server answering? One tracker per host, shared by everything in the
 * process: the provider reports failed requests, the storefront's search routes ask before
 * choosing an index, and fall back to PostgreSQL while the answer is no.
 *
 * A probe is `GET /health` with a short timeout. Answers are cached (`ttl_ms`) so a busy route
 * costs one probe per interval, not one per request; a failure reported by the provider takes
 * effect at once.
 */

export interface AvailabilityOptions {
  /** How long an answer is trusted. */
  ttl_ms?: number
  /** Timeout of one probe. */
  timeout_ms?: number
  /** Called when the state changes (down → up or up → down), with the reason. */
  onChange?: (available: boolean, reason: string) => void
  /** Test seam: the HTTP client. */
  fetch?: typeof fetch
}

export class MeilisearchAvailability {
  private available: boolean | undefined
  private checkedAt = 0
  private probing: Promise<boolean> | undefined
  private readonly ttl: number
  private readonly timeout: number
  private readonly fetcher: typeof fetch

  constructor(
    readonly host: string,
    private readonly apiKey: string | undefined,
    private readonly options: AvailabilityOptions = {}
  ) {
    this.ttl = options.ttl_ms ?? 5_000
    this.timeout = options.timeout_ms ?? 500
    this.fetcher = options.fetch ?? fetch
  }

  /** The last known state, probing first when it is unknown or older than the TTL. */
  async isAvailable(now = Date.now()): Promise<boolean> {
    if (this.available !== undefined && now - this.checkedAt < this.ttl) {
      return this.available
    }
    this.probing ??= this.probe().finally(() => {
      this.probing = undefined
    })
    return this.probing
  }

  /** A request to the server failed for a reason other than a bad request (network, 5xx, timeout). */
  reportFailure(reason: string): void {
    this.set(false, reason)
  }

  reportSuccess(): void {
    this.set(true, "request succeeded")
  }

  private async probe(): Promise<boolean> {
    try {
      const response = await this.fetcher(new URL("/health", this.host), {
        headers: this.apiKey ? { Authorization: `Bearer ${this.apiKey}` } : undefined,
        signal: AbortSignal.timeout(this.timeout),
      })
      this.set(response.ok, response.ok ? "health check passed" : `health check answered ${response.status}`)
    } catch (error) {
      this.set(false, `health check failed: ${(error as Error).message}`)
    }
    return this.available!
  }

  private set(available: boolean, reason: string): void {
    const changed = this.available !== available
    this.available = available
    this.checkedAt = Date.now()
    if (changed) {
      this.options.onChange?.(available, reason)
    }
  }
}

const trackers = new Map<string, MeilisearchAvailability>()

/** The process-wide tracker of a host (created on first use with these options). */
export function meilisearchAvailability(
  host: string,
  apiKey?: string,
  options?: AvailabilityOptions
): MeilisearchAvailability {
  const key = host.replace(/\/+$/, "")
  let tracker = trackers.get(key)
  if (!tracker) {
    tracker = new MeilisearchAvailability(key, apiKey, options)
    trackers.set(key, tracker)
  }
  return tracker
}
