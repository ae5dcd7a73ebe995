import { spawnSync } from "node:child_process"
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { limitAuthAttempts } from "../../api/auth/middlewares"
import { CLIENT_IP_HEADER, EXPOSURE_SECRET_HEADER } from "@sentra/vocabulary"
import {
  attemptAddress,
  authAttemptLimits,
  authRateLimits,
  clientIp,
  MemoryRateStore,
  RateLimiter,
  rateLimitRedis,
  RedisRateStore,
  type RateStore,
} from "../rate-limit"
import { fromStorefront } from "../storefront-proof"

const MINUTE = 60_000

/** A limiter on a memory store whose clock the test moves. */
function memoryLimiter() {
  let now = 1_000_000
  const limiter = new RateLimiter(new MemoryRateStore(() => now), MINUTE)
  return { limiter, advance: (ms: number) => (now += ms) }
}

const tries = async (limiter: RateLimiter, limits: { key: string; max: number }[], times: number) => {
  const verdicts = []
  for (let i = 0; i < times; i++) verdicts.push(await limiter.attempt(limits))
  return verdicts
}

describe("RateLimiter on the memory store", () => {
  it("allows `max` attempts in a window, refuses the next with the seconds left until the window ends", async () => {
    const { limiter, advance } = memoryLimiter()
    const limit = [{ key: "auth:ip:10.0.0.1", max: 10 }]
    expect((await tries(limiter, limit, 10)).every((verdict) => verdict.allowed)).toBe(true)
    advance(15_500)
    expect(await limiter.attempt(limit)).toEqual({ allowed: false, retryAfterSeconds: 45 })
    advance(44_000)
    expect(await limiter.attempt(limit)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it("starts a new window once the old one ended", async () => {
    const { limiter, advance } = memoryLimiter()
    const limit = [{ key: "auth:account:siti@example.com", max: 3 }]
    await tries(limiter, limit, 5)
    advance(MINUTE)
    expect((await tries(limiter, limit, 3)).every((verdict) => verdict.allowed)).toBe(true)
    expect((await limiter.attempt(limit)).allowed).toBe(false)
  })

  it("keeps per-IP and per-account counts apart; an attempt is refused when either is over", async () => {
    const { limiter } = memoryLimiter()
    const ip = { key: "auth:ip:10.0.0.1", max: 4 }
    await tries(limiter, [ip, { key: "auth:account:a@example.com", max: 2 }], 2)
    // Account a is at its limit; account b from another IP is not affected.
    expect((await limiter.attempt([{ key: "auth:ip:10.0.0.2", max: 4 }, { key: "auth:account:b@example.com", max: 2 }])).allowed).toBe(true)
    expect((await limiter.attempt([{ key: "auth:ip:10.0.0.3", max: 4 }, { key: "auth:account:a@example.com", max: 2 }])).allowed).toBe(false)
    // The IP has 2 attempts: two more accounts pass, the third is over the IP's limit.
    expect((await limiter.attempt([ip, { key: "auth:account:c@example.com", max: 2 }])).allowed).toBe(true)
    expect((await limiter.attempt([ip, { key: "auth:account:d@example.com", max: 2 }])).allowed).toBe(true)
    expect((await limiter.attempt([ip, { key: "auth:account:e@example.com", max: 2 }])).allowed).toBe(false)
  })

  it("keeps at most maxKeys windows, dropping expired ones first, then the oldest", async () => {
    let now = 0
    const store = new MemoryRateStore(() => now, 2)
    await store.hit("old", 10)
    now = 20
    await store.hit("a", MINUTE)
    await store.hit("b", MINUTE) // "old" had expired: dropped
    expect((await store.hit("a", MINUTE)).count).toBe(2)
    await store.hit("c", MINUTE) // full of live windows: "a" (the oldest) goes
    expect((await store.hit("a", MINUTE)).count).toBe(1)
  })
})

describe("authAttemptLimits", () => {
  const req = (body: unknown, forwardedFor?: string) => ({
    body,
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    socket: { remoteAddress: "::ffff:10.0.0.9" },
  })

  it("keys the attempt by IP and by the body's email (or reset identifier), lower-cased and trimmed", () => {
    const limits = authRateLimits({})
    expect(authAttemptLimits(req({ email: "  Siti@Example.COM ", password: "x" }), limits)).toEqual([
      { key: "auth:ip:10.0.0.9", max: 30 },
      { key: "auth:account:siti@example.com", max: 10 },
    ])
    expect(authAttemptLimits(req({ identifier: "Siti@example.com" }), limits)[1]).toEqual({ key: "auth:account:siti@example.com", max: 10 })
    expect(authAttemptLimits(req({ name: "Toko" }), limits)).toEqual([{ key: "auth:ip:10.0.0.9", max: 30 }])
    expect(authAttemptLimits(req(undefined), limits)).toHaveLength(1)
  })

  it("ignores X-Forwarded-For unless proxies are configured, then takes the entry that many hops back", () => {
    expect(clientIp(req(null, "1.2.3.4"), 0)).toBe("10.0.0.9")
    expect(clientIp(req(null, "1.2.3.4, 172.16.0.1"), 1)).toBe("172.16.0.1")
    expect(clientIp(req(null, "1.2.3.4, 172.16.0.1"), 2)).toBe("1.2.3.4")
    // Fewer entries than hops: the farthest address known.
    expect(clientIp(req(null, "1.2.3.4"), 3)).toBe("1.2.3.4")
    expect(clientIp(req(null), 1)).toBe("10.0.0.9")
  })

  it("counts the storefront's seller sign-ins per visitor address it names, per account only when it names none; a wrong secret proves nothing", () => {
    const limits = authRateLimits({})
    const secret = "storefront-secret-for-this-test-0123456789"
    const env = { SENTRA_EXPOSURE_SECRET: secret }
    const viaStorefront = (headers: Record<string, string>) => ({ headers, socket: { remoteAddress: "10.0.0.2" } })
    const vouched = viaStorefront({ [EXPOSURE_SECRET_HEADER]: secret, [CLIENT_IP_HEADER]: "36.72.1.9" })
    expect(attemptAddress(vouched, 0, fromStorefront(vouched.headers, env))).toBe("36.72.1.9")
    const unknown = viaStorefront({ [EXPOSURE_SECRET_HEADER]: secret })
    expect(attemptAddress(unknown, 0, fromStorefront(unknown.headers, env))).toBeNull()
    const forged = viaStorefront({ [EXPOSURE_SECRET_HEADER]: "guess", [CLIENT_IP_HEADER]: "1.1.1.1" })
    expect(fromStorefront(forged.headers, env)).toBe(false)
    expect(attemptAddress(forged, 0, false)).toBe("10.0.0.2")
    // Without a per-IP key only the account counts.
    vi.stubEnv("SENTRA_EXPOSURE_SECRET", secret)
    expect(authAttemptLimits({ ...unknown, body: { email: "a@b.id" } }, limits)).toEqual([{ key: "auth:account:a@b.id", max: 10 }])
    expect(authAttemptLimits({ ...vouched, body: {} }, limits)).toEqual([{ key: "auth:ip:36.72.1.9", max: 30 }])
    vi.unstubAllEnvs()
  })

  it("reads the limits from the environment and refuses bad values", () => {
    expect(authRateLimits({ SENTRA_AUTH_RATE_LIMIT: "5", SENTRA_AUTH_RATE_LIMIT_IP: "50", SENTRA_TRUST_PROXY_HOPS: "1" })).toEqual({ account: 5, ip: 50, trustProxyHops: 1 })
    expect(() => authRateLimits({ SENTRA_AUTH_RATE_LIMIT: "sepuluh" })).toThrow(/SENTRA_AUTH_RATE_LIMIT must be a whole number above 0/)
    expect(() => authRateLimits({ SENTRA_TRUST_PROXY_HOPS: "0.5" })).toThrow(/SENTRA_TRUST_PROXY_HOPS/)
  })
})

describe("limitAuthAttempts (the middleware)", () => {
  // The test setup raises the limits for the HTTP suites; here the defaults apply.
  beforeEach(() => {
    vi.stubEnv("SENTRA_AUTH_RATE_LIMIT", "")
    vi.stubEnv("SENTRA_AUTH_RATE_LIMIT_IP", "")
  })
  afterEach(() => vi.unstubAllEnvs())

  const call = async (store: RateStore) => {
    const warn = vi.fn()
    const req = { body: { email: "a@example.com" }, headers: {}, socket: { remoteAddress: "10.0.0.1" }, scope: { resolve: () => ({ warn }) } }
    const res = { headers: {} as Record<string, string>, status: 0, body: undefined as unknown }
    const response = {
      setHeader: (name: string, value: string) => (res.headers[name] = value),
      status: (status: number) => ((res.status = status), { json: (body: unknown) => (res.body = body) }),
    }
    const next = vi.fn()
    await limitAuthAttempts(() => store)(req as never, response as never, next)
    return { res, next, warn }
  }

  it("answers 429 with Retry-After and a Bahasa message when over the limit", async () => {
    const store: RateStore = { hit: async () => ({ count: 11, resetInMs: 42_300 }) }
    const { res, next } = await call(store)
    expect(next).not.toHaveBeenCalled()
    expect(res.status).toBe(429)
    expect(res.headers["Retry-After"]).toBe("43")
    expect(res.body).toMatchObject({ type: "rate_limited", message: expect.stringContaining("Terlalu banyak percobaan. Coba lagi dalam 43 detik.") })
  })

  it("lets the attempt through (fails open) and warns when the store fails", async () => {
    const { res, next, warn } = await call({ hit: async () => Promise.reject(new Error("Connection is closed.")) })
    expect(next).toHaveBeenCalledOnce()
    expect(res.status).toBe(0)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("Connection is closed."))
  })
})

/**
 * Whether a Redis answers PING on 127.0.0.1:6379 (the specs below need one; `npm test` does not).
 * Asked in a child process: test collection is synchronous here (no top-level await in CommonJS).
 */
const PING = `const s = require("net").createConnection({ host: "127.0.0.1", port: 6379 }, () => s.write("PING\\r\\n"));
s.setTimeout(500, () => process.exit(1)); s.on("error", () => process.exit(1));
s.on("data", (d) => process.exit(String(d).startsWith("+PONG") ? 0 : 1))`
const redisReachable = spawnSync(process.execPath, ["-e", PING], { timeout: 3000 }).status === 0

describe.skipIf(!redisReachable)(`RedisRateStore${redisReachable ? "" : " (skipped: no Redis answers on 127.0.0.1:6379)"}`, () => {
  const clients = [rateLimitRedis("redis://127.0.0.1:6379"), rateLimitRedis("redis://127.0.0.1:6379")]
  const prefix = `sentra:rate-test:${process.pid}:${Date.now()}:`
  afterAll(async () => {
    const keys = await clients[0].keys(`${prefix}*`)
    if (keys.length) await clients[0].del(...keys)
    await Promise.all(clients.map((client) => client.quit()))
  })

  it("two limiters (two instances) on one Redis share one count and one window", async () => {
    const [a, b] = clients.map((client) => new RateLimiter(new RedisRateStore(client, prefix), MINUTE))
    const limit = [{ key: "auth:account:siti@example.com", max: 10 }]
    const verdicts = []
    for (let i = 0; i < 12; i++) verdicts.push(await (i % 2 ? b : a).attempt(limit))
    expect(verdicts.slice(0, 10).every((verdict) => verdict.allowed)).toBe(true)
    for (const verdict of verdicts.slice(10)) {
      expect(verdict.allowed).toBe(false)
      expect(verdict.allowed || verdict.retryAfterSeconds).toBeGreaterThanOrEqual(59)
    }
    const ttl = await clients[0].pttl(`${prefix}auth:account:siti@example.com`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(MINUTE)
  })

  it("a window ends by Redis's expiry", async () => {
    const store = new RedisRateStore(clients[1], prefix)
    expect(await store.hit("short", 200)).toMatchObject({ count: 1 })
    expect((await store.hit("short", 200)).count).toBe(2)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await store.hit("short", 200)).toMatchObject({ count: 1 })
  })

  it("fails fast when Redis is unreachable (the middleware then fails open)", async () => {
    const down = rateLimitRedis("redis://127.0.0.1:1")
    const started = Date.now()
    await expect(new RedisRateStore(down).hit("x", MINUTE)).rejects.toThrow()
    expect(Date.now() - started).toBeLessThan(2000)
    down.disconnect()
  })
})
