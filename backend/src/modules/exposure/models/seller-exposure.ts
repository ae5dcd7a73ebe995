import { model } from "@medusajs/framework/utils"

/**
 * How often one seller's product cards were shown to shoppers on one day (a date in WIB,
 * YYYY-MM-DD) on one surface of the storefront (docs/decisions/102-fair-exposure.md). One row per
 * (seller, day, surface); the storefront's flushes add to `impressions` (service.ts).
 */
const SellerExposure = model
  .define("seller_exposure", {
    id: model.id({ prefix: "sexp" }).primaryKey(),
    seller_id: model.text(),
    day: model.text(),
    surface: model.text(),
    impressions: model.number(),
  })
  .indexes([
    { name: "IDX_seller_exposure_unique", on: ["seller_id", "day", "surface"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_seller_exposure_day", on: ["day"] },
  ])

export default SellerExposure
