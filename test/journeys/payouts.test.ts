import { mkdirSync } from "node:fs"
import { generateSeed } from "@sentra/seed-data"
import { beforeAll, describe, expect, it } from "vitest"
import { backendApi } from "../support/api"
import { hasChromium, PHONE } from "../support/browser"
import { useShop } from "../support/shop"

/** PAYOUT_SHOTS=<folder> keeps screenshots of the bank account form (390 px phone) in each state. */
const SHOTS = process.env.PAYOUT_SHOTS
if (SHOTS) mkdirSync(SHOTS, { recursive: true })

const SELLER_EMAIL = `${generateSeed().sellers[0].handle}@seller.sentra.local`

describe.skipIf(!hasChromium)("seller bank account on a phone without JavaScript: enter, wait, rejected, verified", () => {
  const shop = useShop()
  const { api, post } = backendApi(shop)
  const url = (path: string) => `${shop.storefront.url}${path}`
  let adminToken = ""

  beforeAll(async () => {
    adminToken = (await post("/auth/user/emailpass", { email: "admin@sentra.local", password: "sentra-admin" })).body.token
  })

  it("validates the form, shows each verification state in Bahasa Indonesia and English", async () => {
    const context = await shop.browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    const shot = async (name: string) => {
      if (SHOTS) await page.locator("#rekening").screenshot({ path: `${SHOTS}/${name}.png` })
    }
    const pill = () => page.locator("#rekening .mitra-pill").textContent()
    await page.goto(url("/mitra/masuk"))
    await page.fill("#m-email", SELLER_EMAIL)
    await page.fill("#m-password", "sentra-seller")
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/mitra/masuk")), page.getByRole("button", { name: "Masuk" }).click()])

    await page.goto(url("/mitra/profil"))
    expect(await pill()).toBe("Belum diisi")
    await page.selectOption("#b-bank", "014")
    await page.fill("#b-number", "12-34")
    await page.fill("#b-holder", "Imas Masitoh")
    await page.getByRole("button", { name: "Simpan rekening" }).click()
    await page.waitForLoadState()
    expect(await page.locator("#rekening .field-error").textContent()).toBe("Nomor rekening harus 6–20 angka.")
    expect(await page.inputValue("#b-number")).toBe("12-34")
    const { body: pending } = await api("/admin/bank-accounts?status=pending", {}, adminToken)
    expect(pending.bank_accounts).toEqual([])
    await shot("rekening-salah")

    await page.fill("#b-number", "123-456 7890")
    await page.getByRole("button", { name: "Simpan rekening" }).click()
    await page.waitForURL((u) => u.searchParams.has("rekening"))
    expect(await page.getByRole("status").textContent()).toBe("Rekening tersimpan.")
    expect(await pill()).toBe("Menunggu verifikasi")
    expect(await page.inputValue("#b-number")).toBe("1234567890")
    await shot("rekening-menunggu")

    const { body } = await api("/admin/bank-accounts?status=pending", {}, adminToken)
    const [account] = body.bank_accounts
    expect(account).toMatchObject({ bank_code: "014", account_number: "1234567890", account_holder: "Imas Masitoh" })
    await post(`/admin/bank-accounts/${account.id}/reject`, { reason: "Nama tidak sesuai buku tabungan" }, adminToken)
    await page.goto(url("/mitra/profil"))
    expect(await pill()).toBe("Ditolak: Nama tidak sesuai buku tabungan")
    await shot("rekening-ditolak")

    await post(`/admin/bank-accounts/${account.id}/verify`, {}, adminToken)
    await page.goto(url("/mitra/profil"))
    expect(await pill()).toBe("Terverifikasi")
    await shot("rekening-terverifikasi")
    await page.goto(url("/mitra/profil?lang=en"))
    expect(await pill()).toBe("Verified")
    expect(await page.locator("#bank-heading").textContent()).toBe("Payout bank account")
    await shot("rekening-en")
    await page.goto(url("/mitra/profil?lang=id"))
    await context.close()
  })
})
