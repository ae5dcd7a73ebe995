import Medusa from "@medusajs/js-sdk"
import { env } from "~/lib/env.server"

/**
 * The one Medusa client of the storefront server. It is shared by every request, so it must
 * never hold a shopper's token: JWTs are not stored ("nostore").
 */
export const medusa = new Medusa({
  baseUrl: env.MEDUSA_BACKEND_URL,
  publishableKey: env.MEDUSA_PUBLISHABLE_KEY,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})
