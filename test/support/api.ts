import type { Shop } from "./shop"

// Test data from the API is read loosely; assertions check its shape.
export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The backend's HTTP API for a journey's own setup and checks: JSON in and out, the storefront's
 * publishable key, and a bearer token when given.
 */
export function backendApi(shop: Shop) {
  const call = async (path: string, init: RequestInit = {}, token?: string) => {
    const response = await fetch(`${shop.backend.url}${path}`, {
      ...init,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": shop.backend.publishableKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    })
    return { status: response.status, body: (await response.json().catch(() => ({}))) as Json }
  }
  const post = (path: string, body: unknown, token?: string) => call(path, { method: "POST", body: JSON.stringify(body) }, token)
  return { api: call, post }
}
