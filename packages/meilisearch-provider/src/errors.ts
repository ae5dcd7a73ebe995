import { MedusaError } from "@medusajs/framework/utils"

/** Something this provider can't do (an operator, a field type, a query option). → 400 */
export const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/** A request Meilisearch refused as invalid. → 400 */
export const invalidData = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Meilisearch isn't answering: network error, timeout, 5xx. */
export const unreachable = (message: string) =>
  new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch is unreachable: ${message}`)

interface MeiliErrorShape {
  name?: string
  message?: string
  cause?: { code?: string; message?: string; type?: string } | unknown
  response?: { status?: number }
}

/** Meilisearch client errors, as the errors Medusa's Search Module understands. */
export function translateError(error: unknown): { error: Error; reachable: boolean } {
  const e = (error ?? {}) as MeiliErrorShape
  if (e instanceof MedusaError) {
    return { error: e, reachable: true }
  }
  if (e.name === "MeilisearchApiError") {
    const cause = (e.cause ?? {}) as { code?: string; message?: string; type?: string }
    const status = e.response?.status ?? 0
    if (cause.code === "index_not_found") {
      // The Search Module retries a NOT_FOUND after resolving the active index version again.
      return { error: new MedusaError(MedusaError.Types.NOT_FOUND, cause.message ?? "Index not found"), reachable: true }
    }
    if (status >= 500) {
      return { error: unreachable(cause.message ?? e.message ?? `HTTP ${status}`), reachable: false }
    }
    if (cause.type === "auth") {
      return { error: new MedusaError(MedusaError.Types.UNAUTHORIZED, `Meilisearch refused the API key: ${cause.message}`), reachable: true }
    }
    return { error: invalidData(`Meilisearch: ${cause.message ?? e.message}`), reachable: true }
  }
  // MeilisearchRequestError, MeilisearchRequestTimeOutError, fetch failures
  return { error: unreachable(e.message ?? String(error)), reachable: false }
}
