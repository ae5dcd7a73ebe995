/**
 * Card payments: Medusa's own Stripe provider (`pp_stripe_stripe`, webhooks at
 * `/hooks/payment/stripe_stripe`), with one addition: `apiBase` points the Stripe SDK at another
 * server speaking Stripe's protocol. Tests use it with the local Stripe test server
 * (`packages/stripe-test-server`); production leaves it unset (api.stripe.com).
 *
 * The deep import is the provider class Medusa registers under `@medusajs/medusa/payment-stripe`;
 * the package exports only the module, not the class.
 */
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"

export interface SentraStripeOptions {
  apiKey: string
  webhookSecret?: string
  capture?: boolean
  /** e.g. `http://127.0.0.1:12111`: another server speaking Stripe's API (tests). */
  apiBase?: string
}

class SentraStripeProvider extends StripeProviderService {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Medusa's provider constructor contract
  constructor(container: any, options: SentraStripeOptions) {
    super(container, options as never)
    if (options.apiBase) {
      const url = new URL(options.apiBase)
      this.stripe_ = new Stripe(options.apiKey, {
        host: url.hostname,
        port: Number(url.port) || (url.protocol === "https:" ? 443 : 80),
        protocol: url.protocol.replace(":", "") as "http" | "https",
        maxNetworkRetries: 0,
      })
    }
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [SentraStripeProvider] })
