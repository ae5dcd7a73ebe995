import { describe, expect, it } from "vitest"

// env.server.ts validates process.env when first imported; give it a valid key for that.
process.env.MEDUSA_PUBLISHABLE_KEY ??= "pk_unit_test"
const { DEV_EXPOSURE_SECRET, DEV_SESSION_SECRET, parseEnv } = await import("./env.server")

describe("parseEnv", () => {
  it("defaults the backend URL and keeps the key", () => {
    expect(parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_123" })).toEqual({
      MEDUSA_BACKEND_URL: "http://localhost:9000",
      MEDUSA_PUBLISHABLE_KEY: "pk_123",
      SENTRA_TRUST_PROXY_HOPS: 0,
      SESSION_SECRET: DEV_SESSION_SECRET,
      SENTRA_EXPOSURE_SECRET: DEV_EXPOSURE_SECRET,
    })
  })

  it("reads how many proxies to trust for the visitor's address, refusing anything but 0–10", () => {
    expect(parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", SENTRA_TRUST_PROXY_HOPS: "2" }).SENTRA_TRUST_PROXY_HOPS).toBe(2)
    for (const bad of ["-1", "1.5", "many", "11"]) {
      expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", SENTRA_TRUST_PROXY_HOPS: bad })).toThrow(/SENTRA_TRUST_PROXY_HOPS must be a whole number/)
    }
  })

  it("trims a trailing slash from the backend URL", () => {
    expect(
      parseEnv({ MEDUSA_BACKEND_URL: "http://localhost:9001/", MEDUSA_PUBLISHABLE_KEY: "pk_1" })
        .MEDUSA_BACKEND_URL
    ).toBe("http://localhost:9001")
  })

  it("names a missing or empty publishable key", () => {
    expect(() => parseEnv({})).toThrow(/MEDUSA_PUBLISHABLE_KEY is missing/)
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "" })).toThrow(/MEDUSA_PUBLISHABLE_KEY is missing/)
  })

  it("rejects a key that is not a publishable key", () => {
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "sk_secret" })).toThrow(
      /MEDUSA_PUBLISHABLE_KEY must start with "pk_"/
    )
  })

  it("keeps Stripe's publishable key (optional) and refuses a secret key there", () => {
    expect(parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1" }).STRIPE_PUBLISHABLE_KEY).toBeUndefined()
    expect(parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", STRIPE_PUBLISHABLE_KEY: "" }).STRIPE_PUBLISHABLE_KEY).toBeUndefined()
    expect(parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", STRIPE_PUBLISHABLE_KEY: "pk_test_abc" }).STRIPE_PUBLISHABLE_KEY).toBe("pk_test_abc")
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", STRIPE_PUBLISHABLE_KEY: "sk_test_abc" })).toThrow(/STRIPE_PUBLISHABLE_KEY must start with "pk_"/)
  })

  it("rejects a backend URL that is not a URL", () => {
    expect(() =>
      parseEnv({ MEDUSA_BACKEND_URL: "localhost:9000", MEDUSA_PUBLISHABLE_KEY: "pk_1" })
    ).toThrow(/MEDUSA_BACKEND_URL must be an http\(s\) URL/)
  })

  it("needs a real SESSION_SECRET in production, and only there", () => {
    const production = { NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: "pk_1" }
    expect(() => parseEnv(production)).toThrow(/SESSION_SECRET must be set/)
    expect(() => parseEnv({ ...production, SESSION_SECRET: "pendek" })).toThrow(/SESSION_SECRET/)
    expect(() => parseEnv({ ...production, SESSION_SECRET: DEV_SESSION_SECRET })).toThrow(/SESSION_SECRET/)
    const secret = "s".repeat(40)
    const exposure = "e".repeat(40)
    expect(parseEnv({ ...production, SESSION_SECRET: secret, SENTRA_EXPOSURE_SECRET: exposure }).SESSION_SECRET).toBe(secret)
  })

  it("needs a real SENTRA_EXPOSURE_SECRET in production, and only there", () => {
    const production = { NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: "pk_1", SESSION_SECRET: "s".repeat(40) }
    expect(() => parseEnv(production)).toThrow(/SENTRA_EXPOSURE_SECRET must be set/)
    expect(() => parseEnv({ ...production, SENTRA_EXPOSURE_SECRET: DEV_EXPOSURE_SECRET })).toThrow(/SENTRA_EXPOSURE_SECRET/)
    expect(parseEnv({ ...production, SENTRA_EXPOSURE_SECRET: "e".repeat(40) }).SENTRA_EXPOSURE_SECRET).toBe("e".repeat(40))
    expect(parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", SENTRA_EXPOSURE_SECRET: "anything" }).SENTRA_EXPOSURE_SECRET).toBe("anything")
  })
})
