/** Fields of a seller's product as the vendor panel reads it (helpers.ts shapes the response). */
export const vendorProductFields = [
  "id", "title", "subtitle", "description", "handle", "status", "thumbnail", "weight", "created_at", "updated_at",
  "images.id", "images.url", "images.rank",
  "categories.id", "categories.name", "categories.handle",
  "tags.id", "tags.value",
  "options.id", "options.title", "options.values.value",
  "variants.id", "variants.title", "variants.sku", "variants.variant_rank", "variants.created_at",
  "variants.options.value", "variants.options.option.title",
  "variants.price_set.prices.amount", "variants.price_set.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "sales_channels.id",
]

export const retrieveVendorProductQueryConfig = {
  defaults: vendorProductFields,
  isList: false,
}

export const listVendorProductsQueryConfig = {
  ...retrieveVendorProductQueryConfig,
  isList: true,
}
