import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Medusa's `GET /store/orders/:id` answers any order by id, with its email, phone and address —
 * seller orders included, whose ids sellers see. Here it answers only the signed-in customer who
 * placed the order (route.ts); guests and storefront pages use `GET /store/order-groups/:id`,
 * which asks for proof.
 */
export const storeOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: [authenticate("customer", ["session", "bearer"])] },
]
