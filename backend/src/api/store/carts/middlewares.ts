import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

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
  { method: ["POST"], matcher: "/store/carts", middlewares: [requireWholeQuantities] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [requireWholeQuantities] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [requireWholeQuantities] },
]
