import type { LoaderFunctionArgs } from "@remix-run/node"
import { PARAM } from "~/lib/search-url"
import { parseQuery } from "~/lib/search-url.server"
import { NO_SUGGESTIONS } from "~/lib/search-view"
import { suggestProducts } from "~/lib/search.server"

/** Fewer letters than this match too much to help. */
const MIN_QUERY_LENGTH = 2

/**
 * GET /cari/saran?q= — suggestions for the header search box (resource route, JSON). Calls the
 * backend server-side, so the browser never talks to Medusa; an unavailable backend gives an
 * empty list, never an error page.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = parseQuery(new URL(request.url).searchParams.get(PARAM.q))
  const suggestions = q.length < MIN_QUERY_LENGTH ? NO_SUGGESTIONS(q) : await suggestProducts(q, request.signal)
  const found = suggestions.products.length + suggestions.sellers.length + suggestions.districts.length > 0
  return Response.json(suggestions, {
    // Same letters, same suggestions for a little while; a failed lookup is not kept.
    headers: { "Cache-Control": found ? "public, max-age=60" : "no-store" },
  })
}
