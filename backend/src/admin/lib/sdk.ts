import Medusa from "@medusajs/js-sdk"

// Defined by Medusa's admin bundler (the `admin.backendUrl` of medusa-config).
declare const __BACKEND_URL__: string | undefined

/** The dashboard's own session talks to the Sentra admin routes (Medusa's documented pattern). */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ || "/",
  auth: { type: "session" },
})
