import { redirect, type ActionFunctionArgs } from "@remix-run/node"
import { endSellerSession, requireSellerForm } from "~/lib/mitra/session.server"

/** Sign out (a CSRF-checked POST): the panel cookie is cleared; the shopper's cart stays. */
export async function action({ request }: ActionFunctionArgs) {
  await requireSellerForm(request, { onboarded: false })
  return redirect("/mitra/masuk", { headers: { "Set-Cookie": await endSellerSession() } })
}

export const loader = () => redirect("/mitra")
