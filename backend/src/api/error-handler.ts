import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { UPLOAD_QUOTA_EXCEEDED } from "../modules/seller/upload-quota"

/**
 * Connection failures to PostgreSQL or Redis: refused, reset or dropped connections, a server
 * shutting down or starting up (SQLSTATE classes 08 and 57P), a pool that cannot get a connection,
 * and knex's "Transaction query already complete" (a query on a transaction whose connection was
 * lost: the driver rolled it back). Found by the reliability suite's PostgreSQL restart.
 */
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03"])
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Timeout acquiring a connection|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Connection is closed|MaxRetriesPerRequestError|Reached the max retries per request limit|Stream isn't writeable|Transaction query already complete/i

/** Whether `error` (or what caused it) says a backing service is briefly unreachable, not that the request is wrong. */
export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true
  if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true
  if (Array.isArray(errors) && errors.some((inner) => isServiceUnavailable(inner, depth + 1))) return true
  return isServiceUnavailable(cause, depth + 1)
}

const medusaErrorHandler = errorHandler()

/** Refusals Medusa's handler has no status for: error code → HTTP status (docs/api/vendor.md). */
const STATUS_BY_CODE: Record<string, number> = { [UPLOAD_QUOTA_EXCEEDED]: 413 }

/**
 * Medusa's error handler, except that a request that failed because PostgreSQL or Redis was
 * unreachable answers `503` with `Retry-After` (a client and a load balancer know to try again)
 * instead of an opaque `500`; a seller over its upload quota answers `413` with its code; and an
 * address Express cannot percent-decode answers `400`.
 */
export function sentraErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isServiceUnavailable(error) && !res.headersSent) {
    res.setHeader("Retry-After", "5")
    res.status(503).json({
      type: "unavailable",
      code: "service_unavailable",
      message: "Layanan sedang tidak tersedia sebentar. Coba lagi dalam beberapa detik. (Service briefly unavailable; try again in a few seconds.)",
    })
    return
  }
  // Express could not percent-decode a path parameter (e.g. "%E0%A4%A"): the address is wrong, not the server.
  if (error instanceof URIError && !res.headersSent) {
    res.status(400).json({ type: "invalid_data", message: "The address is not valid percent-encoding." })
    return
  }
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === "string" && STATUS_BY_CODE[code] && !res.headersSent) {
    res.status(STATUS_BY_CODE[code]).json({ type: (error as { type?: string }).type, code, message: (error as Error).message })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
