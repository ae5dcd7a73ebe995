export interface PricedVariant {
  calculated_price?: { calculated_amount?: number | null } | null
}

/**
 * The lowest calculated price among a product's variants, in whole Rupiah (Medusa stores
 * major units), or null when no variant has a price in the requested region.
 */
export function cheapestVariantPrice(
  variants: readonly PricedVariant[] | null | undefined
): number | null {
  let cheapest: number | null = null
  for (const variant of variants ?? []) {
    const amount = variant.calculated_price?.calculated_amount
    if (typeof amount === "number" && Number.isFinite(amount)) {
      cheapest = cheapest === null ? amount : Math.min(cheapest, amount)
    }
  }
  return cheapest
}
