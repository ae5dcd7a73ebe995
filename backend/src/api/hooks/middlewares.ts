import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import Stripe from "stripe"

let verifier: Stripe | undefined

/**
 * Medusa's webhook route answers 200 to anything and checks the signature later, in a subscriber
 * (a forged event is then only an error in the log). Stripe's events are checked here, before the
 * route: a missing or wrong `stripe-signature` → 400 and nothing is queued.
 */
export function verifyStripeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  const signature = req.headers["stripe-signature"]
  const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  try {
    if (!secret || typeof signature !== "string" || !raw) {
      throw new Error("missing signature, body or STRIPE_WEBHOOK_SECRET")
    }
    verifier ??= new Stripe(process.env.STRIPE_API_KEY || "sk_unused")
    verifier.webhooks.constructEvent(raw, signature, secret)
  } catch (error) {
    res.status(400).json({ type: "invalid_data", message: `Webhook signature refused: ${(error as Error).message}` })
    return
  }
  next()
}

export const hookMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/payment/stripe_stripe",
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyStripeSignature],
  },
]
