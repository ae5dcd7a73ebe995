/**
 * What setup creates, decided from the environment. Development (no environment at all): the
 * demo catalog, the development admin login and a login for every seeded seller owner.
 * Production (NODE_ENV=production): no login is ever created — the first city staff account
 * comes from `npm run create-admin` — and the demo catalog only with SENTRA_SEED=demo, its
 * sellers without logins unless SENTRA_SELLER_PASSWORD is set.
 */
import { isProduction } from "../production"

type Env = Record<string, string | undefined>

export interface Credentials {
  email: string
  password: string
}

export interface SetupOptions {
  /** The demo sellers and catalog. */
  seed: boolean
  /** The development admin login to ensure; null creates none. Default: DEV_ADMIN. */
  admin?: Credentials | null
  /** Password of the seeded seller owners' logins; null seeds sellers without logins. */
  sellerPassword?: string | null
  /** Told after each step of the long phases (sellers, products), for a progress line. */
  progress?: SetupProgress
}

export type SetupProgress = (phase: "sellers" | "products", done: number, total: number) => void

/** Passwords chosen for production logins must be at least this long. */
export const MIN_PASSWORD_LENGTH = 12

/** The development admin login the README states. */
export const DEV_ADMIN: Credentials = {
  email: process.env.SENTRA_ADMIN_EMAIL || "admin@sentra.local",
  password: process.env.SENTRA_ADMIN_PASSWORD || "sentra-admin",
}

const PUBLIC_SELLER_PASSWORD = "sentra-seller"

/** Development password of every seeded seller owner (`<handle>@seller.sentra.local`). */
export const DEV_SELLER_PASSWORD = process.env.SENTRA_SELLER_PASSWORD || PUBLIC_SELLER_PASSWORD

export class SetupOptionsError extends Error {}

export function setupOptionsFromEnv(env: Env): Required<Omit<SetupOptions, "progress">> {
  if (!isProduction(env)) {
    return { seed: env.SENTRA_SEED !== "false", admin: DEV_ADMIN, sellerPassword: DEV_SELLER_PASSWORD }
  }
  const seed = env.SENTRA_SEED?.trim()
  if (seed && seed !== "demo" && seed !== "false") {
    throw new SetupOptionsError(`SENTRA_SEED=${seed} is not understood in production: use SENTRA_SEED=demo for the demo catalog, or leave it unset.`)
  }
  const sellerPassword = env.SENTRA_SELLER_PASSWORD || null
  if (sellerPassword !== null && (sellerPassword.length < MIN_PASSWORD_LENGTH || sellerPassword === PUBLIC_SELLER_PASSWORD)) {
    throw new SetupOptionsError(
      `SENTRA_SELLER_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters and not the development password in production.`
    )
  }
  return { seed: seed === "demo", admin: null, sellerPassword }
}

/** Why these credentials can't become a staff login (empty when they can). */
export function adminCredentialsProblems(credentials: Credentials): string[] {
  const problems: string[] = []
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(credentials.email)) {
    problems.push("The email address is not valid.")
  }
  if (credentials.password.length < MIN_PASSWORD_LENGTH) {
    problems.push(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
  }
  return problems
}
