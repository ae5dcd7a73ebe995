import { z } from "zod"

/** Unset and empty variables both count as missing. */
const optional = (value: unknown) => (value === "" ? undefined : value)

const envSchema = z.object({
  MEDUSA_BACKEND_URL: z.preprocess(
    optional,
    z
      .string()
      .default("http://localhost:9000")
      .refine((url) => URL.canParse(url) && /^https?:\/\//.test(url), {
        message: "MEDUSA_BACKEND_URL must be an http(s) URL such as http://localhost:9000",
      })
      .transform((url) => url.replace(/\/+$/, ""))
  ),
  MEDUSA_PUBLISHABLE_KEY: z.preprocess(
    optional,
    z
      .string({
        required_error:
          "MEDUSA_PUBLISHABLE_KEY is missing: set it to the backend's publishable API key (pk_...)",
      })
      .startsWith("pk_", 'MEDUSA_PUBLISHABLE_KEY must start with "pk_"')
  ),
  /**
   * Proxies in front of the storefront (TLS terminator, load balancer) whose X-Forwarded-For entries
   * are believed: the visitor's address is the entry that many hops back. 0 (default): unknown.
   */
  SENTRA_TRUST_PROXY_HOPS: z.preprocess(
    optional,
    z.coerce.number({ invalid_type_error: "SENTRA_TRUST_PROXY_HOPS must be a whole number of proxies (0–10)" })
      .int("SENTRA_TRUST_PROXY_HOPS must be a whole number of proxies (0–10)")
      .min(0, "SENTRA_TRUST_PROXY_HOPS must be a whole number of proxies (0–10)")
      .max(10, "SENTRA_TRUST_PROXY_HOPS must be a whole number of proxies (0–10)")
      .default(0)
  ),
  /** Stripe's publishable key: set → the checkout offers card (when the region has Stripe). */
  STRIPE_PUBLISHABLE_KEY: z.preprocess(
    optional,
    z.string().startsWith("pk_", 'STRIPE_PUBLISHABLE_KEY must start with "pk_" (Stripe\'s publishable key, not the secret one)').optional()
  ),
})

/** Signs the storefront's cookies (cart, proven orders); public, so refused in production. */
export const DEV_SESSION_SECRET = "sentra-dev-storefront-session-secret"

/**
 * The storefront server's key to the backend's POST /internal/exposure (lib/exposure); the backend
 * must have the same value. Public, so refused in production.
 */
export const DEV_EXPOSURE_SECRET = "sentra-dev-exposure-secret"

export type Env = z.infer<typeof envSchema> & { SESSION_SECRET: string; SENTRA_EXPOSURE_SECRET: string }

/** A secret: a development default; in production 32+ characters and not that default. */
function secret(source: Record<string, string | undefined>, name: string, devDefault: string, purpose: string): string | string[] {
  const value = source[name]?.trim()
  if (source.NODE_ENV !== "production") return value || devDefault
  if (!value || value === devDefault || value.length < 32) {
    return [`- ${name} must be set to 32+ random characters in production (${purpose})`]
  }
  return value
}

/** Validates storefront environment variables; throws one error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  const session = secret(source, "SESSION_SECRET", DEV_SESSION_SECRET, "it signs the cart and order cookies")
  const exposure = secret(source, "SENTRA_EXPOSURE_SECRET", DEV_EXPOSURE_SECRET, "the backend's key for counting which sellers shoppers see")
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => `- ${issue.message}`)),
    ...(Array.isArray(session) ? session : []),
    ...(Array.isArray(exposure) ? exposure : []),
  ]
  if (!result.success || Array.isArray(session) || Array.isArray(exposure)) {
    throw new Error(`Invalid storefront environment:\n${problems.join("\n")}`)
  }
  return { ...result.data, SESSION_SECRET: session, SENTRA_EXPOSURE_SECRET: exposure }
}

/** Read once, when the server first loads this module. */
export const env: Env = parseEnv(process.env)
