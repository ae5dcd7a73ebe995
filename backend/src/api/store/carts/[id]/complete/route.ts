/**
 * Overrides Medusa's POST /store/carts/:id/complete: the same contract (`{ type: "order", order }`
 * or `{ type: "cart", cart, error }`, query `fields` as in Medusa), but the cart is completed
 * by completeCartWithSplitWorkflow, so the order returned is the shopper's parent order and one
 * seller order per seller exists when the response arrives (GET /store/order-groups/:id).
 */
import { prepareRetrieveQuery, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { completeCartWithSplitWorkflow } from "../../../../../workflows/order/complete-cart-split"

/** Errors that leave the cart in a state the shopper can fix (same list as Medusa's route). */
const CART_ERRORS: string[] = [
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
]

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const cartId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Medusa's workflow reads an unknown cart as undefined and fails with a 500: answer 404 first.
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id"], filters: { id: cartId } })
  if (!carts.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  }
  const { errors, result, transaction } = await completeCartWithSplitWorkflow(req.scope).run({
    input: { cart_id: cartId },
    throwOnError: false,
  })
  if (!transaction.hasFinished()) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Cart is already being completed by another request")
  }

  const error = errors?.[0]?.error
  if (error) {
    if (!CART_ERRORS.includes(error.type)) {
      throw error
    }
    const cartQuery = await prepareRetrieveQuery({}, { defaults: defaultStoreCartFields }, req)
    const cart = await refetchCart(cartId, req.scope, cartQuery.remoteQueryConfig.fields)
    res.status(200).json({ type: "cart", cart, error: { message: error.message, name: error.name, type: error.type } })
    return
  }

  const { data } = await query.graph({ entity: "order", fields: req.queryConfig.fields, filters: { id: result.id } })
  res.status(200).json({ type: "order", order: data[0] })
}
