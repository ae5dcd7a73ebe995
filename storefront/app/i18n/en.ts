import type { MessageKey } from "./id"

/** English: must have exactly the keys of the Indonesian dictionary. */
export const en: Record<MessageKey, string> = {
  "site.brand": "Sentra",
  "site.tagline": "Local creative products from your district",
  "site.homeLink": "Sentra, go to home page",
  "language.switchTo": "Bahasa Indonesia",
  "language.switchLabel": "Switch language to Bahasa Indonesia",
  "home.metaTitle": "Sentra: shop local small-business products",
  "home.metaDescription":
    "Food, fashion and crafts made by small businesses in your city. Prices in Rupiah, straight from the makers.",
  "home.heading": "Featured products",
  "home.count": "{count} products",
  "home.empty": "No products to show yet. Please check back later.",
  "product.noImage": "No photo yet",
  "product.noPrice": "Price not available yet",
  "error.title": "Sorry, something went wrong",
  "error.notFoundTitle": "Page not found",
  "error.message": "This page can't be shown right now. Please try again in a moment.",
  "error.backHome": "Back to home page",
}
