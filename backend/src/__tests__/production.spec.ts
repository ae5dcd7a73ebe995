import { sentraHttpConfig } from "../config"
import { DEV_COOKIE_SECRET, DEV_EXPOSURE_SECRET, DEV_JWT_SECRET, ProductionConfigError, productionEnvProblems } from "../production"
import { DEV_ADMIN, DEV_SELLER_PASSWORD, SetupOptionsError, adminCredentialsProblems, setupOptionsFromEnv } from "../setup/options"

const GOOD = {
  NODE_ENV: "production",
  JWT_SECRET: "j".repeat(16) + "Xk2-9fQ_aa0PLm3t",
  COOKIE_SECRET: "c".repeat(16) + "Wq8-1bR_zz7MNo4u",
  SENTRA_EXPOSURE_SECRET: "e".repeat(16) + "Tz5-3dK_yy2QRs6v",
  STORE_CORS: "https://sentra.bandung.go.id",
  ADMIN_CORS: "https://admin.sentra.bandung.go.id",
  AUTH_CORS: "https://sentra.bandung.go.id,https://admin.sentra.bandung.go.id",
}

function refusal(env: Record<string, string | undefined>): string {
  try {
    sentraHttpConfig(env, "start")
  } catch (error) {
    expect(error).toBeInstanceOf(ProductionConfigError)
    return (error as Error).message
  }
  throw new Error("the production config was accepted")
}

describe("production configuration fails closed", () => {
  it("accepts real secrets and explicit origins, and uses exactly them", () => {
    expect(productionEnvProblems(GOOD)).toEqual([])
    const http = sentraHttpConfig(GOOD, "start")
    expect(http).toEqual({
      storeCors: GOOD.STORE_CORS,
      adminCors: GOOD.ADMIN_CORS,
      authCors: GOOD.AUTH_CORS,
      jwtSecret: GOOD.JWT_SECRET,
      cookieSecret: GOOD.COOKIE_SECRET,
    })
  })

  const badSecrets: [string, string | undefined, string][] = [
    ["unset", undefined, "is not set"],
    ["empty", "", "is empty"],
    ["blank", "   ", "is empty"],
    ["short", "a-31-character-secret-xxxxxxxxx", "is shorter than 32 characters"],
    ["Medusa's default", "supersecret", "is a public development default"],
  ]
  for (const name of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
    for (const [label, value, reason] of badSecrets) {
      it(`refuses ${name} ${label}, naming the variable and how to generate one`, () => {
        const message = refusal({ ...GOOD, [name]: value })
        expect(message).toContain(`${name} ${reason}`)
        expect(message).toContain("randomBytes(48)")
        expect(message).not.toContain(name === "JWT_SECRET" ? "COOKIE_SECRET" : "JWT_SECRET")
      })
    }
    it(`refuses ${name} set to a development default of this repository`, () => {
      const message = refusal({ ...GOOD, [name]: name === "JWT_SECRET" ? DEV_JWT_SECRET : DEV_COOKIE_SECRET })
      expect(message).toContain(`${name} is a public development default`)
    })
  }

  it("refuses a missing or public SENTRA_EXPOSURE_SECRET (the storefront's key to the exposure counters)", () => {
    expect(refusal({ ...GOOD, SENTRA_EXPOSURE_SECRET: undefined })).toContain("SENTRA_EXPOSURE_SECRET is not set")
    expect(refusal({ ...GOOD, SENTRA_EXPOSURE_SECRET: DEV_EXPOSURE_SECRET })).toContain("SENTRA_EXPOSURE_SECRET is a public development default")
  })

  it("refuses the same value for both secrets", () => {
    expect(refusal({ ...GOOD, COOKIE_SECRET: GOOD.JWT_SECRET })).toContain("the same")
  })

  for (const name of ["STORE_CORS", "ADMIN_CORS", "AUTH_CORS"]) {
    it(`refuses a missing ${name} (no localhost default in production)`, () => {
      expect(refusal({ ...GOOD, [name]: undefined })).toContain(`${name} is not set`)
      expect(refusal({ ...GOOD, [name]: " " })).toContain(`${name} is not set`)
    })
  }

  it("lists every problem at once when nothing is set", () => {
    const message = refusal({ NODE_ENV: "production" })
    for (const name of ["JWT_SECRET", "COOKIE_SECRET", "SENTRA_EXPOSURE_SECRET", "STORE_CORS", "ADMIN_CORS", "AUTH_CORS"]) {
      expect(message).toContain(`${name} is not set`)
    }
  })

  it("lets `medusa build` read the config without secrets (it serves nothing)", () => {
    expect(() => sentraHttpConfig({ NODE_ENV: "production" }, "build")).not.toThrow()
  })

  it("keeps development working with no environment at all", () => {
    const http = sentraHttpConfig({}, "develop")
    expect(http.jwtSecret).toBe(DEV_JWT_SECRET)
    expect(http.cookieSecret).toBe(DEV_COOKIE_SECRET)
    expect(http.storeCors).toContain("http://localhost:5173")
    expect(sentraHttpConfig({ NODE_ENV: "test" }, "start").jwtSecret).toBe(DEV_JWT_SECRET)
  })
})

describe("what setup creates, by environment", () => {
  it("development: demo catalog, the development admin and seller logins", () => {
    expect(setupOptionsFromEnv({})).toEqual({ seed: true, admin: DEV_ADMIN, sellerPassword: DEV_SELLER_PASSWORD })
    expect(setupOptionsFromEnv({ SENTRA_SEED: "false" }).seed).toBe(false)
  })

  it("production: no login ever, and the demo catalog only with SENTRA_SEED=demo", () => {
    expect(setupOptionsFromEnv({ NODE_ENV: "production" })).toEqual({ seed: false, admin: null, sellerPassword: null })
    expect(setupOptionsFromEnv({ NODE_ENV: "production", SENTRA_SEED: "demo" })).toEqual({
      seed: true,
      admin: null,
      sellerPassword: null,
    })
    // The development admin variables don't create a login in production either.
    const withAdminVars = { NODE_ENV: "production", SENTRA_ADMIN_EMAIL: "a@b.id", SENTRA_ADMIN_PASSWORD: "x".repeat(20) }
    expect(setupOptionsFromEnv(withAdminVars).admin).toBeNull()
  })

  it("production: seeded sellers get logins only when asked with a long enough password", () => {
    const asked = setupOptionsFromEnv({ NODE_ENV: "production", SENTRA_SEED: "demo", SENTRA_SELLER_PASSWORD: "p".repeat(12) })
    expect(asked.sellerPassword).toBe("p".repeat(12))
    expect(() => setupOptionsFromEnv({ NODE_ENV: "production", SENTRA_SELLER_PASSWORD: "pendek" })).toThrow(SetupOptionsError)
    // The development password is public: never a production login.
    expect(() => setupOptionsFromEnv({ NODE_ENV: "production", SENTRA_SELLER_PASSWORD: "sentra-seller" })).toThrow(SetupOptionsError)
  })

  it("production: an unknown SENTRA_SEED value is refused, not guessed", () => {
    expect(() => setupOptionsFromEnv({ NODE_ENV: "production", SENTRA_SEED: "true" })).toThrow(/SENTRA_SEED=demo/)
  })

  it("staff accounts need a valid email and a password of 12+ characters", () => {
    expect(adminCredentialsProblems({ email: "staf@bandung.go.id", password: "cukup-panjang-12" })).toEqual([])
    expect(adminCredentialsProblems({ email: "staf", password: "cukup-panjang-12" })).toEqual(["The email address is not valid."])
    expect(adminCredentialsProblems({ email: "staf@bandung.go.id", password: "pendek" })).toHaveLength(1)
  })
})
