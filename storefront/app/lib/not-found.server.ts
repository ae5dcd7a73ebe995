import { FetchError } from "@medusajs/js-sdk"

/** True when the backend answered 404 (unknown handle or code). */
export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}

/** What a loader throws for an unknown handle or code: the route's ErrorBoundary shows it. */
export function notFound(): Response {
  return new Response("Not Found", { status: 404, statusText: "Not Found" })
}
