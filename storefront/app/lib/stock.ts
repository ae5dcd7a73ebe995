/** Stock as the product page shows it. Pure, shared by the server code and the page. */

/** At or below this many items a variant shows "Sisa N". */
export const LOW_STOCK = 5

/** `unlimited`: not stock-managed or backorders allowed; else how many can be bought. */
export type Stock = { kind: "unlimited" } | { kind: "count"; count: number }

export const isAvailable = (stock: Stock) => stock.kind === "unlimited" || stock.count > 0

/** "soldOut", "low" (≤ LOW_STOCK left) or "available". */
export function stockLevel(stock: Stock): "soldOut" | "low" | "available" {
  if (stock.kind === "unlimited") return "available"
  if (stock.count === 0) return "soldOut"
  return stock.count <= LOW_STOCK ? "low" : "available"
}

/** A product's stock over its variants: unlimited if any is, else the sum. */
export function totalStock(stocks: Stock[]): Stock {
  if (stocks.some((s) => s.kind === "unlimited")) return { kind: "unlimited" }
  return { kind: "count", count: stocks.reduce((sum, s) => sum + (s.kind === "count" ? s.count : 0), 0) }
}
