import { describe, expect, it } from "vitest"
import { csrfMatches, safeReturnPath, sameOrigin, signInUrl, tokenClaims, usableSellerToken } from "./session"

const jwt = (payload: object) => `x.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.sig`
const NOW = Date.UTC(2026, 11, 4, 12)

describe("tokenClaims / usableSellerToken", () => {
  it("reads the actor and expiry of a seller token", () => {
    const claims = tokenClaims(jwt({ actor_id: "selmem_1", actor_type: "seller", exp: NOW / 1000 + 3600 }))
    expect(claims).toEqual({ actorId: "selmem_1", actorType: "seller", exp: NOW / 1000 + 3600 })
    expect(usableSellerToken(claims, NOW)).toBe(true)
  })

  it("a registration token has no actor yet but is usable (for onboarding)", () => {
    const claims = tokenClaims(jwt({ actor_id: "", actor_type: "seller", exp: NOW / 1000 + 3600 }))
    expect(claims?.actorId).toBe("")
    expect(usableSellerToken(claims, NOW)).toBe(true)
  })

  it("refuses expired, other actor types and garbage", () => {
    expect(usableSellerToken(tokenClaims(jwt({ actor_id: "a", actor_type: "seller", exp: NOW / 1000 + 30 })), NOW)).toBe(false)
    expect(usableSellerToken(tokenClaims(jwt({ actor_id: "cus_1", actor_type: "customer" })), NOW)).toBe(false)
    expect(tokenClaims("not-a-jwt")).toBeNull()
    expect(tokenClaims("a.%%%.c")).toBeNull()
  })
})

describe("safeReturnPath / signInUrl", () => {
  it("keeps panel paths", () => {
    expect(safeReturnPath("/mitra/pesanan?tab=siap")).toBe("/mitra/pesanan?tab=siap")
    expect(signInUrl("/mitra/produk/prod_1")).toBe("/mitra/masuk?kembali=%2Fmitra%2Fproduk%2Fprod_1")
    expect(signInUrl("/mitra")).toBe("/mitra/masuk")
  })

  it("never sends the seller elsewhere (open redirect) or back to sign-in", () => {
    for (const bad of ["https://evil.example/mitra", "//evil.example", "/\\evil.example", "/mitraevil", "/keranjang", "/mitra/masuk?kembali=/mitra", "", null]) {
      expect(safeReturnPath(bad), String(bad)).toBe("/mitra")
    }
  })
})

describe("csrfMatches", () => {
  it("matches only the same non-empty token", () => {
    expect(csrfMatches("abc123", "abc123")).toBe(true)
    expect(csrfMatches("abc123", "abc124")).toBe(false)
    expect(csrfMatches("abc123", "abc")).toBe(false)
    expect(csrfMatches("abc123", null)).toBe(false)
    expect(csrfMatches("", "")).toBe(false)
  })
})

describe("sameOrigin", () => {
  const post = (headers: Record<string, string>) => new Request("http://localhost:5173/mitra/keluar", { method: "POST", headers: { host: "localhost:5173", ...headers } })
  it("accepts the site's own origin (or a browser that sends none)", () => {
    expect(sameOrigin(post({ origin: "http://localhost:5173" }))).toBe(true)
    expect(sameOrigin(post({ referer: "http://localhost:5173/mitra" }))).toBe(true)
    expect(sameOrigin(post({}))).toBe(true)
  })
  it("refuses another site and opaque origins", () => {
    expect(sameOrigin(post({ origin: "https://evil.example" }))).toBe(false)
    expect(sameOrigin(post({ origin: "null" }))).toBe(false)
    expect(sameOrigin(post({ referer: "https://evil.example/form" }))).toBe(false)
  })
})
