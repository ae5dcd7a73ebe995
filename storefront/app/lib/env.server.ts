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
  /** Stripe's publishable key: set → the checkout offers card (when the region has Stripe). */
  STRIPE_PUBLISHABLE_KEY: z.preprocess(
    optional,
    z.string().startsWith("pk_", 'STRIPE_PUBLISHABLE_KEY must start with "pk_" (Stripe\'s publishable key, not the secret one)').optional()
  ),
})

/** Signs the storefront's cookies (cart, proven orders); public, so refused in production. */
export const DEV_SESSION_SECRET = "sentra-dev-storefront-session-secret"

export type Env = z.infer<typeof envSchema> & { SESSION_SECRET: string }

/** SESSION_SECRET: a development default; in production 32+ characters and not that default. */
function sessionSecret(source: Record<string, string | undefined>): string | string[] {
  const value = source.SESSION_SECRET?.trim()
  if (source.NODE_ENV !== "production") return value || DEV_SESSION_SECRET
  if (!value || value === DEV_SESSION_SECRET || value.length < 32) {
    return ["- SESSION_SECRET must be set to 32+ random characters in production (it signs the cart and order cookies)"]
  }
  return value
}

/** Validates storefront environment variables; throws one error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  const secret = sessionSecret(source)
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => `- ${issue.message}`)),
    ...(Array.isArray(secret) ? secret : []),
  ]
  if (!result.success || Array.isArray(secret)) {
    throw new Error(`Invalid storefront environment:\n${problems.join("\n")}`)
  }
  return { ...result.data, SESSION_SECRET: secret }
}

/** Read once, when the server first loads this module. */
export const env: Env = parseEnv(process.env)
