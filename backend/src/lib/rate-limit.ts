/**
 * Attempt limits for login, registration and password reset (docs/decisions/103-rate-limits.md):
 * fixed-window counters per key (one per client IP, one per account), in Redis when REDIS_URL is
 * set (every instance shares the count) or in this process otherwise (one instance). A window
 * starts at a key's first attempt and lasts a minute; every attempt counts, successful or not.
 */
import { Redis } from "ioredis"
import { CLIENT_IP_HEADER } from "@sentra/vocabulary"
import { positiveNumber } from "./env"
import { fromStorefront } from "./storefront-proof"

type Env = Record<string, string | undefined>

/** An attempt counted on a key: how many attempts its window holds now, and when the window ends. */
export interface WindowCount {
  count: number
  resetInMs: number
}

export interface RateStore {
  /** Counts one attempt on `key`; a new window of `windowMs` starts when the key has none. */
  hit(key: string, windowMs: number): Promise<WindowCount>
}

/** One instance's counters. Holds at most `maxKeys` windows: expired ones go first, then the oldest. */
export class MemoryRateStore implements RateStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10_000
  ) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.now()
    let window = this.windows.get(key)
    if (!window || window.resetAt <= now) {
      this.windows.delete(key)
      this.makeRoom(now)
      window = { count: 0, resetAt: now + windowMs }
      this.windows.set(key, window)
    }
    window.count++
    return { count: window.count, resetInMs: window.resetAt - now }
  }

  private makeRoom(now: number) {
    if (this.windows.size < this.maxKeys) return
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
    // Still full (many keys at once): drop the oldest windows (a Map iterates in insertion order).
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break
      this.windows.delete(key)
    }
  }
}

/**
 * INCR and the window's expiry in one atomic step; returns [count, milliseconds left]. A key left
 * without an expiry (it cannot happen through this script, but a key is only a string) gets one.
 */
const HIT_SCRIPT = `
local count = redis.call("INCR", KEYS[1])
if count == 1 then redis.call("PEXPIRE", KEYS[1], ARGV[1]) end
local ttl = redis.call("PTTL", KEYS[1])
if ttl < 0 then
  redis.call("PEXPIRE", KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }
`

/** Counters shared by every instance on one Redis; the window's clock is Redis's. */
export class RedisRateStore implements RateStore {
  constructor(
    private readonly client: Redis,
    private readonly prefix = "sentra:rate:"
  ) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [count, ttl] = (await this.client.eval(HIT_SCRIPT, 1, this.prefix + key, windowMs)) as [number, number]
    return { count, resetInMs: ttl }
  }
}

/**
 * A Redis client for the limiter that makes a login wait at most a second on Redis: one retry per
 * command and a one-second command timeout, also for a command queued while (re)connecting; the
 * limiter then fails open.
 */
export function rateLimitRedis(url: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1000, connectTimeout: 2000 })
  // Connection errors are reported by the limiter's caller, per request, not as unhandled events.
  client.on("error", () => {})
  return client
}

export interface Limit {
  key: string
  max: number
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export const RATE_WINDOW_MS = 60_000

export class RateLimiter {
  constructor(
    private readonly store: RateStore,
    private readonly windowMs = RATE_WINDOW_MS
  ) {}

  /** Counts one attempt on every key; refused when any key is over its limit, until its window ends. */
  async attempt(limits: Limit[]): Promise<Verdict> {
    const counts = await Promise.all(limits.map((limit) => this.store.hit(limit.key, this.windowMs)))
    const over = counts.filter((count, i) => count.count > limits[i].max)
    if (!over.length) return { allowed: true }
    const resetInMs = Math.max(...over.map((count) => count.resetInMs))
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)) }
  }
}

export const DEFAULT_AUTH_RATE_LIMITS = { account: 10, ip: 30 } as const

export interface AuthRateLimits {
  /** Attempts per account (email) per minute. */
  account: number
  /** Attempts per client IP per minute. */
  ip: number
  /** Proxies in front of the backend whose X-Forwarded-For entries are believed (0: none). */
  trustProxyHops: number
}

/** The limits in force, read from the environment (at each attempt, so tests can change them). */
export function authRateLimits(env: Env = process.env): AuthRateLimits {
  return {
    account: positiveNumber(env, "SENTRA_AUTH_RATE_LIMIT", DEFAULT_AUTH_RATE_LIMITS.account, true),
    ip: positiveNumber(env, "SENTRA_AUTH_RATE_LIMIT_IP", DEFAULT_AUTH_RATE_LIMITS.ip, true),
    trustProxyHops: positiveNumber(env, "SENTRA_TRUST_PROXY_HOPS", 0, true),
  }
}

/** What `clientIp` reads of a request (an Express request has both). */
export interface RequestOrigin {
  headers: Record<string, string | string[] | undefined>
  socket?: { remoteAddress?: string }
}

/**
 * The client's IP for the per-IP limit. Medusa sets Express's `trust proxy` to 1 unconditionally,
 * so `req.ip` is whatever a client writes in X-Forwarded-For when nothing sits in front of the
 * backend. Here the connection's peer address counts unless `hops` proxies are configured; then
 * the address `hops` steps back along X-Forwarded-For (what Express's `trust proxy = hops` gives).
 */
export function clientIp(req: RequestOrigin, hops: number): string {
  const peer = req.socket?.remoteAddress ?? "unknown"
  const chain = [peer]
  if (hops > 0) {
    const header = req.headers["x-forwarded-for"]
    const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((part) => part.trim()).filter(Boolean)
    chain.push(...forwarded.reverse())
  }
  const ip = chain[Math.min(hops, chain.length - 1)]
  return ip.startsWith("::ffff:") ? ip.slice("::ffff:".length) : ip
}

/**
 * The account an attempt names, lower-cased: the JSON body's `email` (login, registration) or
 * `identifier` (password reset request); null when there is none.
 */
export function attemptedAccount(body: unknown): string | null {
  const { email, identifier } = (body ?? {}) as { email?: unknown; identifier?: unknown }
  const account = typeof email === "string" ? email : identifier
  return typeof account === "string" && account.trim() ? account.trim().toLowerCase() : null
}

/**
 * The address an attempt counts against per IP. The storefront server signs in sellers for every
 * visitor from its own address: when it proves itself (its secret) it names the visitor's address
 * (CLIENT_IP_HEADER), and an attempt it makes without knowing one counts per account only, so one
 * visitor cannot lock every seller out of the panel. Null: no per-IP count.
 */
export function attemptAddress(req: RequestOrigin, hops: number, storefront = fromStorefront(req.headers)): string | null {
  if (!storefront) return clientIp(req, hops)
  const forwarded = req.headers[CLIENT_IP_HEADER]
  return typeof forwarded === "string" && forwarded.trim() ? forwarded.trim().slice(0, 64) : null
}

/** The limits one attempt counts against: its IP and, when it names one, its account. */
export function authAttemptLimits(req: RequestOrigin & { body?: unknown }, limits: AuthRateLimits = authRateLimits()): Limit[] {
  const account = attemptedAccount(req.body)
  const address = attemptAddress(req, limits.trustProxyHops)
  return [
    ...(address ? [{ key: `auth:ip:${address}`, max: limits.ip }] : []),
    ...(account ? [{ key: `auth:account:${account}`, max: limits.account }] : []),
  ]
}

/** Answer of a refused attempt (status 429, with `Retry-After`). */
export function rateLimitedBody(retryAfterSeconds: number) {
  return {
    type: "rate_limited",
    code: "too_many_attempts",
    message: `Terlalu banyak percobaan. Coba lagi dalam ${retryAfterSeconds} detik. (Too many attempts; try again in ${retryAfterSeconds} seconds.)`,
  }
}

let shared: { url: string; store: RateStore } | undefined

/** This process's store: Redis when REDIS_URL is set (one client, made at first use), memory otherwise. */
export function sharedRateStore(env: Env = process.env): RateStore {
  const url = env.REDIS_URL?.trim() ?? ""
  if (shared?.url !== url) {
    shared = { url, store: url ? new RedisRateStore(rateLimitRedis(url)) : new MemoryRateStore() }
  }
  return shared.store
}
