import Medusa from "@medusajs/js-sdk"

// Defined by Medusa's admin bundler (the `admin.backendUrl` of medusa-config).
declare const __BACKEND_URL__: string | undefined

/** The dashboard's own session talks to the Sentra admin routes (Medusa's documented pattern). */
export const BACKEND_URL = (__BACKEND_URL__ || "/").replace(/\/$/, "")

export const sdk = new Medusa({
  baseUrl: BACKEND_URL || "/",
  auth: { type: "session" },
})
