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
})

export type Env = z.infer<typeof envSchema>

/** Validates storefront environment variables; throws one error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `- ${issue.message}`).join("\n")
    throw new Error(`Invalid storefront environment:\n${problems}`)
  }
  return result.data
}

/** Read once, when the server first loads this module. */
export const env: Env = parseEnv(process.env)
