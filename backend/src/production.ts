/**
 * What a production deployment must set before it may start, in one place. The backend's config
 * (src/config.ts) throws with this message, and `npm start` checks it before starting anything,
 * so a deploy with a missing or public secret fails closed instead of serving forgeable sessions.
 *
 * No imports: scripts/start.ts and the tests load this file on its own.
 */
type Env = Record<string, string | undefined>

/** The development secrets: public (they are in this repository), so refused in production. */
export const DEV_JWT_SECRET = "sentra-dev-jwt-secret"
export const DEV_COOKIE_SECRET = "sentra-dev-cookie-secret"
/** Medusa's own fallback secret, as public as ours. */
const MEDUSA_DEFAULT_SECRET = "supersecret"
/** The storefront's development secret (storefront/app/lib/env.server.ts). */
const DEV_SESSION_SECRET = "sentra-dev-storefront-session-secret"
/**
 * The storefront server's key to POST /internal/exposure (it reports which sellers shoppers were
 * shown, docs/decisions/102): both sides need the same value.
 */
export const DEV_EXPOSURE_SECRET = "sentra-dev-exposure-secret"
const PUBLIC_SECRETS = new Set([DEV_JWT_SECRET, DEV_COOKIE_SECRET, MEDUSA_DEFAULT_SECRET, DEV_SESSION_SECRET, DEV_EXPOSURE_SECRET])

export const MIN_SECRET_LENGTH = 32
export const SECRET_VARIABLES = ["JWT_SECRET", "COOKIE_SECRET", "SENTRA_EXPOSURE_SECRET"] as const
/** The storefront's own secret (signs its cart and order cookies); `npm start` checks it too. */
export const STOREFRONT_SECRET_VARIABLES = ["SESSION_SECRET"] as const
export const CORS_VARIABLES = ["STORE_CORS", "ADMIN_CORS", "AUTH_CORS"] as const

export const GENERATE_SECRET_COMMAND = `node -e "console.log(require('crypto').randomBytes(48).toString('base64url'))"`

/** The exposure secret in force: the environment's, or the development default outside production. */
export function exposureSecret(env: Env): string {
  return env.SENTRA_EXPOSURE_SECRET?.trim() || DEV_EXPOSURE_SECRET
}

export function isProduction(env: Env): boolean {
  return env.NODE_ENV === "production"
}

/**
 * One line per variable that keeps a production backend (and with `storefront`, the storefront)
 * from starting; empty when all is set.
 */
export function productionEnvProblems(env: Env, options: { storefront?: boolean } = {}): string[] {
  const problems: string[] = []
  const secrets = options.storefront ? [...SECRET_VARIABLES, ...STOREFRONT_SECRET_VARIABLES] : SECRET_VARIABLES
  for (const name of secrets) {
    const value = env[name]
    if (value === undefined) {
      problems.push(`${name} is not set.`)
    } else if (!value.trim()) {
      problems.push(`${name} is empty.`)
    } else if (PUBLIC_SECRETS.has(value.trim())) {
      problems.push(`${name} is a public development default.`)
    } else if (value.trim().length < MIN_SECRET_LENGTH) {
      problems.push(`${name} is shorter than ${MIN_SECRET_LENGTH} characters.`)
    }
  }
  if (env.JWT_SECRET && env.JWT_SECRET === env.COOKIE_SECRET) {
    problems.push("JWT_SECRET and COOKIE_SECRET are the same: use two different secrets.")
  }
  for (const name of CORS_VARIABLES) {
    if (!env[name]?.trim()) {
      problems.push(`${name} is not set (comma-separated origins, e.g. https://sentra.example.go.id).`)
    }
  }
  return problems
}

export class ProductionConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      [
        "Sentra refuses to start in production (NODE_ENV=production):",
        ...problems.map((problem) => `  - ${problem}`),
        "Generate each secret with:",
        `  ${GENERATE_SECRET_COMMAND}`,
        'See "Production" in the README for every variable.',
      ].join("\n")
    )
    this.name = "ProductionConfigError"
  }
}

/** Throws ProductionConfigError when `env` is production and anything is missing or public. */
export function assertProductionEnv(env: Env, options: { storefront?: boolean } = {}): void {
  if (!isProduction(env)) {
    return
  }
  const problems = productionEnvProblems(env, options)
  if (problems.length) {
    throw new ProductionConfigError(problems)
  }
}
