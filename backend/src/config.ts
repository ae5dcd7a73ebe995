/**
 * Environment → Medusa configuration, in one place (medusa-config.ts stays a thin shell).
 *
 * - REDIS_URL set: Redis event bus, workflow engine, locking and caching (several instances).
 *   Unset: Medusa's in-process defaults (one instance; development and tests).
 * - Payments: cash (src/modules/cash-payment) unless SENTRA_CASH=off; STRIPE_API_KEY adds card.
 * - NODE_ENV=production: secrets and CORS origins must be set (src/production.ts).
 * - SENTRA_AUTH_RATE_LIMIT, SENTRA_AUTH_RATE_LIMIT_IP, SENTRA_TRUST_PROXY_HOPS: checked here, read
 *   at each login attempt (src/lib/rate-limit.ts).
 */
import { PAYMENT_PROVIDERS } from "@sentra/vocabulary"
import { authRateLimits } from "./lib/rate-limit"
import { PROTECTED_WORDS, SYNONYMS } from "./lib/search/dictionary"
import { usesMeilisearch } from "./lib/search/engine"
import { assertProductionEnv, DEV_COOKIE_SECRET, DEV_JWT_SECRET } from "./production"

type Env = Record<string, string | undefined>

const DEFAULT_STORE_CORS = "http://localhost:5173,http://localhost:3000"
const DEFAULT_ADMIN_CORS = "http://localhost:9000,http://localhost:5173"

/**
 * Secrets and CORS. Development runs with no environment at all (public development secrets,
 * localhost origins); production refuses to start unless each is set for real (src/production.ts).
 * `medusa build` reads this config too but serves nothing, so it needs no secrets.
 */
export function sentraHttpConfig(env: Env, command: string | undefined = process.argv[2]) {
  if (command !== "build") {
    assertProductionEnv(env)
    // Read again at each attempt; a bad value must stop the start, not every login.
    authRateLimits(env)
  }
  return {
    storeCors: env.STORE_CORS || DEFAULT_STORE_CORS,
    adminCors: env.ADMIN_CORS || DEFAULT_ADMIN_CORS,
    authCors: env.AUTH_CORS || `${DEFAULT_STORE_CORS},${DEFAULT_ADMIN_CORS}`,
    jwtSecret: env.JWT_SECRET || DEV_JWT_SECRET,
    cookieSecret: env.COOKIE_SECRET || DEV_COOKIE_SECRET,
  }
}

export function sentraModules(env: Env) {
  const modules: { resolve: string; options?: Record<string, unknown> }[] = [
    { resolve: "./src/modules/district" },
    { resolve: "./src/modules/seller" },
    { resolve: "./src/modules/ledger" },
    { resolve: "./src/modules/exposure" },
    fileModule(env),
    searchModule(env),
  ]

  modules.push({
    resolve: "@medusajs/medusa/payment",
    options: { providers: [{ resolve: "./src/modules/cash-payment", id: "cash" }, ...stripeProviders(env)] },
  })

  if (env.REDIS_URL) {
    modules.push(...redisModules(env.REDIS_URL))
  }
  return modules
}

export function sentraFeatureFlags(env: Env): Record<string, boolean> {
  // The Caching Module is behind a feature flag in 2.21; only the Redis setup uses it.
  return env.REDIS_URL ? { caching: true } : {}
}

/**
 * Search Module (docs/decisions/040): the product index (src/search) lives in PostgreSQL, tuned
 * for Indonesian (packages/search-postgres-indonesian). MEILISEARCH_HOST (+ MEILISEARCH_API_KEY) moves
 * it to Meilisearch, with the PostgreSQL copy kept for fallback. SEARCH_INDEX_PREFIX namespaces
 * the physical indexes (several test runs on one Meilisearch).
 */
function searchModule(env: Env) {
  const vocabulary = { synonyms: SYNONYMS, protected_words: PROTECTED_WORDS }
  const providers: { resolve: string; id: string; options: Record<string, unknown> }[] = [
    { resolve: "@sentra/search-postgres-indonesian", id: "postgres", options: { language: "indonesian", ...vocabulary } },
  ]
  if (usesMeilisearch(env)) {
    providers.push({
      resolve: "@sentra/meilisearch-provider",
      id: "meilisearch",
      options: { host: env.MEILISEARCH_HOST!.trim(), api_key: env.MEILISEARCH_API_KEY || undefined, synonyms: SYNONYMS },
    })
  }
  return {
    resolve: "@medusajs/medusa/search",
    options: {
      providers,
      // Required once two providers are registered, though every index definition names its own.
      default_provider: usesMeilisearch(env) ? "meilisearch" : "search-postgres",
      ...(env.SEARCH_INDEX_PREFIX ? { index_prefix: env.SEARCH_INDEX_PREFIX } : {}),
    },
  }
}

/** Uploaded files (product images) are served by the backend itself under /static. */
function fileModule(env: Env) {
  const backendUrl = (env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
  return {
    resolve: "@medusajs/medusa/file",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/file-local",
          id: "local",
          // SENTRA_UPLOAD_DIR lets test runs that never serve images write elsewhere.
          options: { backend_url: `${backendUrl}/static`, upload_dir: env.SENTRA_UPLOAD_DIR || undefined },
        },
      ],
    },
  }
}

/**
 * The payment providers the region offers, from the environment (setup reconciles the region with
 * it on every run): cash unless SENTRA_CASH=off, card when STRIPE_API_KEY is set.
 */
export function regionPaymentProviders(env: Env): string[] {
  const providers: string[] = []
  if ((env.SENTRA_CASH ?? "").trim().toLowerCase() !== "off") providers.push(PAYMENT_PROVIDERS.cash)
  if (env.STRIPE_API_KEY) providers.push(PAYMENT_PROVIDERS.card)
  return providers
}

function stripeProviders(env: Env) {
  if (!env.STRIPE_API_KEY) {
    return []
  }
  return [
    {
      resolve: "./src/modules/stripe-payment",
      id: "stripe",
      options: {
        apiKey: env.STRIPE_API_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET,
        // Card: captured at placement, released parts refunded (docs/decisions/096-settlement.md).
        capture: true,
        apiBase: env.STRIPE_API_BASE || undefined,
      },
    },
  ]
}

function redisModules(redisUrl: string) {
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          { resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
  ]
}
