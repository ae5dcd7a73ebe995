/**
 * Shared fixtures for HTTP suites. Suites call `runSetup(getContainer(), { seed: true })` in
 * their own beforeAll (it is snapshotted and restored before every test), then use these.
 */
import type { AxiosInstance } from "axios"
import { DEV_ADMIN } from "../../src/setup/admin"
import { DEV_SELLER_PASSWORD } from "../../src/setup/marketplace"

/** Bearer token of the development admin (city staff). */
export async function adminToken(api: AxiosInstance): Promise<string> {
  const { data } = await api.post("/auth/user/emailpass", DEV_ADMIN)
  return data.token
}

/** Bearer token of a seeded seller's owner (`<handle>@seller.sentra.local`). */
export async function sellerToken(api: AxiosInstance, handle: string): Promise<string> {
  const { data } = await api.post("/auth/seller/emailpass", {
    email: `${handle}@seller.sentra.local`,
    password: DEV_SELLER_PASSWORD,
  })
  return data.token
}

/** Bearer token of a new registered customer (register, create the customer, log in again). */
export async function shopperToken(api: AxiosInstance, publishableKey: string, email: string): Promise<string> {
  const password = "rahasia123"
  const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  const headers = { "x-publishable-api-key": publishableKey, authorization: `Bearer ${registration.token}` }
  await api.post("/store/customers", { email, first_name: "Pembeli" }, { headers })
  return (await api.post("/auth/customer/emailpass", { email, password })).data.token
}

export const storeHeaders = (publishableKey: string) => ({ headers: { "x-publishable-api-key": publishableKey } })
