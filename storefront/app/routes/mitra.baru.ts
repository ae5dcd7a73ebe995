import { data, type LoaderFunctionArgs } from "@remix-run/node"
import { vendor } from "~/lib/mitra/api.server"
import { readSellerSession } from "~/lib/mitra/session.server"

/** JSON for the panel's poll: how many new (received) orders the seller has. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await readSellerSession(request)
  const headers = { "Cache-Control": "private, no-store" }
  if (!session?.claims.actorId) return data({ count: 0 }, { status: 401, headers })
  try {
    const { count } = await vendor<{ count: number }>(request, session, "/orders", { query: { status: "received", limit: 1 } })
    return data({ count }, { headers })
  } catch (error) {
    if (error instanceof Response) return data({ count: 0 }, { status: 401, headers })
    throw error
  }
}
