import {
  allowFields,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"

/**
 * The seller fields a store product carries: name, handle and kecamatan. Nothing else of the
 * seller is allowed through `fields` (`*seller`, `seller.whatsapp`, `seller.status`, … are
 * dropped by Medusa's allowed-fields filter).
 */
export const STORE_PRODUCT_SELLER_FIELDS = ["seller.name", "seller.handle", "seller.district.code", "seller.district.name"]

/** A product's shipping profile is its seller's: the storefront groups a cart's shipping options by it. */
export const STORE_PRODUCT_SHIPPING_FIELDS = ["shipping_profile.id"]

/**
 * Adds the seller fields to the `fields` query parameter unless the client opted out with
 * `-seller`. `+field` keeps Medusa's defaults, and a field list that replaces the defaults still
 * gets the seller.
 */
export function withSellerFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET") return next()
  const raw = req.query.fields
  const given = Array.isArray(raw) ? raw.join(",") : typeof raw === "string" ? raw : ""
  const requested = given.split(",").map((f) => f.trim())
  if (!requested.includes("-seller")) {
    const extra = STORE_PRODUCT_SELLER_FIELDS.map((f) => `+${f}`).join(",")
    req.query.fields = given ? `${given},${extra}` : extra
  }
  next()
}

/**
 * GET /store/products and /store/products/:id return `seller: { name, handle, district: { code, name } }`.
 * No `method`: Medusa sorts method-less middlewares before the core route's own query
 * validation, which is where the allowed fields and the `fields` parameter are read.
 */
export const storeProductMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/products",
    middlewares: [allowFields([...STORE_PRODUCT_SELLER_FIELDS, ...STORE_PRODUCT_SHIPPING_FIELDS]), withSellerFields],
  },
]
