import { afterEach, describe, expect, it, vi } from "vitest"

// env.server.ts validates process.env when first imported.
process.env.MEDUSA_PUBLISHABLE_KEY ??= "pk_unit_test"
const signIn = await import("./mitra.masuk")
const register = await import("./mitra.daftar")
const forgot = await import("./mitra.lupa-sandi")

/** The backend's answer to one attempt too many (decision 103). */
const tooMany = () =>
  new Response(JSON.stringify({ type: "rate_limited", code: "too_many_attempts", message: "Terlalu banyak percobaan. Coba lagi dalam 42 detik." }), {
    status: 429,
    headers: { "content-type": "application/json", "retry-after": "42" },
  })

const post = (path: string, fields: Record<string, string>) => {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.set(name, value)
  return { request: new Request(`http://localhost${path}`, { method: "POST", body }), params: {}, context: {} }
}

/** What a Remix `data()` answer carries. */
type Answered = { data: { error?: unknown; errors?: { email?: unknown }; sent?: boolean }; init: { status: number } }

describe("seller sign in, registration and reset when the backend answers 429", () => {
  afterEach(() => vi.unstubAllGlobals())

  it("say 'too many attempts', not 'wrong password', 'email taken' or 'link sent'", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => tooMany()))
    const credentials = { email: "siti@example.com", password: "rahasia-123", password_again: "rahasia-123" }

    const signedIn = (await signIn.action(post("/mitra/masuk", credentials))) as unknown as Answered
    expect([signedIn.init.status, signedIn.data.error]).toEqual([429, "mitra.error.tooManyAttempts"])

    const registered = (await register.action(post("/mitra/daftar", credentials))) as unknown as Answered
    expect([registered.init.status, registered.data.errors?.email]).toEqual([429, "mitra.error.tooManyAttempts"])

    const reset = (await forgot.action(post("/mitra/lupa-sandi", { email: "siti@example.com" }))) as unknown as Answered
    expect([reset.init.status, reset.data.sent, reset.data.error]).toEqual([429, false, "mitra.error.tooManyAttempts"])
  })

  it("a reset request the backend takes (or refuses otherwise) still answers 'sent' whatever the email", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(null, { status: 201 })))
    expect(((await forgot.action(post("/mitra/lupa-sandi", { email: "siapa@example.com" }))) as unknown as Answered).data.sent).toBe(true)
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 400 })))
    expect(((await forgot.action(post("/mitra/lupa-sandi", { email: "siapa@example.com" }))) as unknown as Answered).data.sent).toBe(true)
  })
})

describe("the visitor behind a seller sign-in (decision 103)", () => {
  afterEach(() => vi.unstubAllGlobals())

  it("sends the storefront's secret with every seller auth call; the visitor's address only when proxies are trusted", async () => {
    const { visitorAddress } = await import("~/lib/mitra/api.server")
    const { EXPOSURE_SECRET_HEADER, CLIENT_IP_HEADER } = await import("@sentra/vocabulary")
    const { env } = await import("~/lib/env.server")
    const fetched = vi.fn(async (_url: URL, _init: RequestInit) => tooMany())
    vi.stubGlobal("fetch", fetched)
    const attempt = post("/mitra/masuk", { email: "siti@example.com", password: "rahasia-123" })
    attempt.request.headers.set("x-forwarded-for", "36.72.1.9")
    await signIn.action(attempt)
    const headers = fetched.mock.calls[0][1].headers as Record<string, string>
    expect(headers[EXPOSURE_SECRET_HEADER]).toBe(env.SENTRA_EXPOSURE_SECRET)
    // No proxy is trusted by default: a visitor could have written that header itself.
    expect(headers[CLIENT_IP_HEADER]).toBeUndefined()

    expect(visitorAddress("36.72.1.9", 1)).toBe("36.72.1.9")
    expect(visitorAddress("6.6.6.6, 36.72.1.9, 10.0.0.1", 2)).toBe("36.72.1.9")
    expect(visitorAddress("36.72.1.9", 2)).toBeNull()
    expect(visitorAddress("36.72.1.9", 0)).toBeNull()
    expect(visitorAddress(null, 1)).toBeNull()
  })
})
