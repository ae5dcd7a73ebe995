/** Fields of the parent order (the shopper's order); its seller parts are read in lib/queries/seller-orders.ts. */
export const storeOrderGroupFields = [
  "id", "display_id", "created_at", "status", "email", "currency_code", "customer_id", "metadata",
  "customer.has_account", "item_total", "shipping_total", "total",
  "shipping_methods.name", "shipping_methods.shipping_option_id",
]

export const retrieveStoreOrderGroupQueryConfig = {
  defaults: storeOrderGroupFields,
  isList: false,
}
