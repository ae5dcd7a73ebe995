import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Sentra sends no email yet. In development, a seller's password reset (`POST
 * /auth/seller/emailpass/reset-password`) logs the seller panel link with Medusa's reset token, so
 * the flow can be finished from the backend log (`.sentra/logs/backend.log`). Never in production:
 * there the token must reach only the owner of the mailbox.
 */
export default async function passwordResetDevLink({
  event,
  container,
}: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  if (process.env.NODE_ENV === "production" || event.data.actor_type !== "seller") {
    return
  }
  const storefront = (process.env.STORE_CORS || "http://localhost:5173").split(",")[0].trim().replace(/\/+$/, "")
  const link = `${storefront}/mitra/atur-sandi?token=${encodeURIComponent(event.data.token)}`
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`[dev] Seller password reset for ${event.data.entity_id}: ${link}`)
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
