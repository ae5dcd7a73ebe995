import { validateAndTransformBody, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { ORDER_METADATA } from "../../../workflows/order/types"
import { StoreSetPartDetails } from "./validators"

/** Metadata keys the split and the money rules write; Medusa copies cart metadata onto the order. */
const MARKETPLACE_KEYS: string[] = Object.values(ORDER_METADATA)

/**
 * A shopper must not write marketplace state: a cart with `metadata.parent_order_id` would never
 * be split, `released_amount` feeds the money rules, and `part_details` (notes and pre-order
 * dates) is written only through POST /store/carts/:id/part-details. Such keys are refused with 400.
 */
export function refuseMarketplaceMetadata(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  const reserved = metadata && typeof metadata === "object" ? Object.keys(metadata).filter((key) => MARKETPLACE_KEYS.includes(key)) : []
  if (reserved.length) {
    res.status(400).json({
      type: "invalid_data",
      message: `Invalid request: ${reserved.map((key) => `Field 'metadata.${key}' is reserved`).join("; ")}`,
    })
    return
  }
  next()
}

/**
 * Medusa accepts any positive number as a line item's quantity (`0.5` of a rendang), which puts
 * decimals into Rupiah totals. Store carts take whole quantities only: this runs before Medusa's
 * own validation and answers 400 in Medusa's error shape, nothing written.
 */
export function requireWholeQuantities(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { quantity?: unknown; items?: unknown }
  const quantities: [string, unknown][] = []
  if ("quantity" in body) quantities.push(["quantity", body.quantity])
  if (Array.isArray(body.items)) {
    body.items.forEach((item, index) => {
      if (item && typeof item === "object" && "quantity" in item) quantities.push([`items.${index}.quantity`, item.quantity])
    })
  }
  const bad = quantities.filter(([, value]) => typeof value === "number" && !Number.isInteger(value))
  if (bad.length) {
    res.status(400).json({
      type: "invalid_data",
      message: `Invalid request: ${bad.map(([field]) => `Field '${field}' must be a whole number`).join("; ")}`,
    })
    return
  }
  next()
}

export const storeCartMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [requireWholeQuantities, refuseMarketplaceMetadata] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [refuseMarketplaceMetadata] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [requireWholeQuantities, refuseMarketplaceMetadata] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [requireWholeQuantities, refuseMarketplaceMetadata] },
  { method: ["POST"], matcher: "/store/carts/:id/part-details", middlewares: [validateAndTransformBody(StoreSetPartDetails)] },
]
