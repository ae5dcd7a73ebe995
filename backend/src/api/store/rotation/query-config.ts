import { PRODUCT_CARD_FIELDS } from "../../../lib/queries/visible-products"

/**
 * What the rotation reads of approved sellers: the seller's name, handle and kecamatan for the
 * card, and of each product its visibility (status, sales channels), categories, price and stock.
 */
export const storeRotationFields = [
  "id",
  "handle",
  "name",
  "district.code",
  "district.name",
  "products.status",
  "products.sales_channels.id",
  "products.categories.handle",
  "products.categories.parent_category.handle",
  ...PRODUCT_CARD_FIELDS.map((field) => `products.${field}`),
]

/**
 * Stock sits five relations below the seller (products.variants.inventory_items.inventory.
 * location_levels): above Medusa's default store limit of 3. The fields are fixed here (the
 * route's validator takes no `fields`), so shoppers cannot use the higher limit for anything else.
 */
export const storeRotationQueryConfig = {
  defaults: storeRotationFields,
  isList: true,
  storeRelationsLimit: 5,
}
