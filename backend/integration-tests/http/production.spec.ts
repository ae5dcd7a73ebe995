import { createHmac } from "node:crypto"
import { integrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { generateSeed } from "@sentra/seed-data"
import { SELLER_MODULE } from "../../src/modules/seller"
import type SellerModuleService from "../../src/modules/seller/service"
import { DEV_JWT_SECRET } from "../../src/production"
import createAdmin from "../../src/scripts/create-admin"
import { runSetup } from "../../src/setup"
import { DEV_ADMIN, DEV_SELLER_PASSWORD, setupOptionsFromEnv } from "../../src/setup/options"
import { settle } from "../helpers/http"

// This backend boots with real secrets, as a production deployment must (src/production.ts).
process.env.JWT_SECRET = "prod-jwt-" + "k3Lq9x".repeat(6)
process.env.COOKIE_SECRET = "prod-cookie-" + "Zp4m2w".repeat(6)
process.env.SENTRA_EXPOSURE_SECRET = "prod-exposure-" + "Hq7v1n".repeat(6)

const seed = generateSeed()

/** An HS256 JWT with `payload`, signed with `secret` (what a forger holding the secret makes). */
function signJwt(payload: object, secret: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")
  const unsigned = `${encode({ alg: "HS256", typ: "JWT" })}.${encode(payload)}`
  return `${unsigned}.${createHmac("sha256", secret).update(unsigned).digest("base64url")}`
}

function payloadOf(token: string): object {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())
}

async function logins(container: MedusaContainer) {
  const identities = await container.resolve(Modules.AUTH).listAuthIdentities({}, { relations: ["provider_identities"] })
  return identities.flatMap((identity) => identity.provider_identities?.map((p) => p.entity_id) ?? [])
}

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
const STAFF = { email: "staf@bandung.go.id", password: "kata-sandi-kota-yang-panjang" }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await runSetup(getContainer(), setupOptionsFromEnv({ NODE_ENV: "production", SENTRA_SEED: "demo" }))
    })

    describe("production setup (SENTRA_SEED=demo)", () => {
      it("seeds the demo catalog and approved sellers but creates no user and no login at all", async () => {
        const container = getContainer()
        expect(await container.resolve(Modules.USER).listUsers({})).toEqual([])
        expect(await logins(container)).toEqual([])

        const sellers = await container.resolve<SellerModuleService>(SELLER_MODULE).listSellers({}, { select: ["handle", "status"] })
        expect(sellers.length).toBe(seed.sellers.length)
        expect(new Set(sellers.map((s) => s.status))).toEqual(new Set(["approved"]))
        expect((await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })).length).toBe(seed.products.length)
      })

      it("refuses the development admin and seller credentials", async () => {
        expect((await settle(api.post("/auth/user/emailpass", DEV_ADMIN))).status).toBe(401)
        const seller = { email: seed.sellers[0].ownerEmail, password: DEV_SELLER_PASSWORD }
        expect((await settle(api.post("/auth/seller/emailpass", seller))).status).toBe(401)
      })

      it("a second production setup run still creates no login", async () => {
        await runSetup(getContainer(), setupOptionsFromEnv({ NODE_ENV: "production", SENTRA_SEED: "demo" }))
        expect(await logins(getContainer())).toEqual([])
      })
    })

    /** What `npm run create-admin` runs inside Medusa, with the credentials it hands over. */
    const run = (credentials: { email: string; password: string }) => {
      process.env.SENTRA_NEW_ADMIN_EMAIL = credentials.email
      process.env.SENTRA_NEW_ADMIN_PASSWORD = credentials.password
      return createAdmin({ container: getContainer(), args: [] } as never)
    }
    afterEach(() => {
      delete process.env.SENTRA_NEW_ADMIN_EMAIL
      delete process.env.SENTRA_NEW_ADMIN_PASSWORD
    })

    describe("the first staff account (npm run create-admin)", () => {
      it("creates a login that works, and refuses a second account with the same email", async () => {
        await run(STAFF)
        const { data } = await api.post("/auth/user/emailpass", STAFF)
        expect((await api.get("/admin/sellers", bearer(data.token))).status).toBe(200)
        await expect(run(STAFF)).rejects.toThrow(/already exists/)
        expect((await getContainer().resolve(Modules.USER).listUsers({})).length).toBe(1)
      })

      it("refuses a short password or a bad email and creates nothing", async () => {
        await expect(run({ email: STAFF.email, password: "pendek" })).rejects.toThrow(/at least 12 characters/)
        await expect(run({ email: "bukan-email", password: STAFF.password })).rejects.toThrow(/not valid/)
        expect(await getContainer().resolve(Modules.USER).listUsers({})).toEqual([])
        expect(await logins(getContainer())).toEqual([])
      })
    })

    describe("sessions signed with a public secret", () => {
      it("refuses a staff token signed with the development secret, which the real secret's token passes", async () => {
        await run(STAFF)
        const { data } = await api.post("/auth/user/emailpass", STAFF)
        const payload = payloadOf(data.token)
        expect((await api.get("/admin/sellers", bearer(data.token))).status).toBe(200)

        for (const publicSecret of [DEV_JWT_SECRET, "supersecret"]) {
          const forged = signJwt(payload, publicSecret)
          expect((await settle(api.get("/admin/sellers", bearer(forged)))).status).toBe(401)
        }
        // The same payload re-signed with the real secret passes: the signature is what was refused.
        expect((await api.get("/admin/sellers", bearer(signJwt(payload, process.env.JWT_SECRET!)))).status).toBe(200)
      })
    })
  },
})
