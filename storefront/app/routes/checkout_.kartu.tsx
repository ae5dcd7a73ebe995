import { redirect, type LoaderFunctionArgs } from "@remix-run/node"
import { cardReturnPath, CheckoutError, completeCardPayment, orderPlaced } from "~/lib/checkout.server"
import { readCartCookie } from "~/lib/cookies.server"
import { medusa } from "~/lib/medusa.server"

/**
 * Stripe sends the shopper's browser back here after the Payment Element (`return_url`), with
 * `payment_intent` and `redirect_status` in the query. Nothing of that is trusted: completing the
 * cart makes Medusa retrieve the PaymentIntent from Stripe, and only a charged card places the
 * order (then the order page, like cash). Otherwise the checkout again, saying why, the cart intact.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const cookie = await readCartCookie(request)
  if (!cookie) return redirect("/keranjang")
  try {
    const orderId = await completeCardPayment(cookie.id)
    const { cart } = await medusa.store.cart.retrieve(cookie.id, { fields: "id,email" })
    return await orderPlaced(request, orderId, cart.email ?? "")
  } catch (error) {
    if (error instanceof CheckoutError) return redirect(cardReturnPath(error))
    throw error
  }
}
