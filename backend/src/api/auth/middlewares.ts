import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { authAttemptLimits, rateLimitedBody, RateLimiter, sharedRateStore, type RateStore } from "../../lib/rate-limit"

const WARNING_INTERVAL_MS = 60_000
let lastWarningAt = -Infinity

/**
 * Counts the attempt against its IP and account (docs/decisions/103-rate-limits.md) and answers
 * `429` with `Retry-After` when either is over its limit; otherwise the route runs. When the store
 * fails (Redis unreachable), the attempt goes through: logins stay up, a warning is logged at most
 * once a minute.
 */
export function limitAuthAttempts(store: () => RateStore = sharedRateStore) {
  return async function authAttemptLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    let verdict
    try {
      verdict = await new RateLimiter(store()).attempt(authAttemptLimits(req))
    } catch (error) {
      if (Date.now() - lastWarningAt >= WARNING_INTERVAL_MS) {
        lastWarningAt = Date.now()
        const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
        logger.warn(`Auth rate limits are not applied (their store failed: ${(error as Error).message}); attempts go through.`)
      }
      return next()
    }
    if (verdict.allowed) return next()
    res.setHeader("Retry-After", String(verdict.retryAfterSeconds))
    res.status(429).json(rateLimitedBody(verdict.retryAfterSeconds))
  }
}

const limited = [limitAuthAttempts()]

/**
 * Login (customer, seller, staff `user`), registration and password-reset requests on Medusa's
 * emailpass routes, and seller onboarding. Route middlewares run before the route's handler.
 */
export const authMiddlewares: MiddlewareRoute[] = [
  "/auth/:actor_type/emailpass",
  "/auth/:actor_type/emailpass/register",
  "/auth/:actor_type/emailpass/reset-password",
  "/vendor/sellers",
].map((matcher) => ({ method: ["POST"], matcher, middlewares: limited }))
