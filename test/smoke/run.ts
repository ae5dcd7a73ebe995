/**
 * `npm run smoke`: boots the product (seeded backend + storefront on an ephemeral database) and
 * checks that a shopper's page serves Rupiah prices and the API serves a seeded product. A smoke
 * check, not a suite: CI runs it on the current Node LTS next to the full suite on Node 20.
 */
import { startBackend, startStorefront } from "@sentra/stack"

async function main() {
  const started = Date.now()
  console.log(`[smoke] node ${process.version}: starting a seeded backend and the storefront…`)
  const backend = await startBackend()
  const storefront = await startStorefront(backend).catch(async (error) => {
    await backend.stop()
    throw error
  })
  try {
    const products = await fetch(`${backend.url}/store/products?limit=1&fields=title,handle`, {
      headers: { "x-publishable-api-key": backend.publishableKey },
    })
    const body = (await products.json()) as { count: number; products: { title: string }[] }
    if (products.status !== 200 || body.count < 100 || !body.products[0]?.title) {
      throw new Error(`API: expected seeded products, got ${products.status} ${JSON.stringify(body).slice(0, 200)}`)
    }
    const home = await fetch(storefront.url)
    const html = await home.text()
    const price = /Rp\s?\d{1,3}(\.\d{3})+/.exec(html)?.[0]
    if (home.status !== 200 || !price) {
      throw new Error(`storefront: expected a Rupiah price on the home page, got ${home.status}`)
    }
    console.log(`[smoke] API: ${body.count} products (e.g. "${body.products[0].title}"); storefront: ${price}`)
    console.log(`[smoke] passed on node ${process.version} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    await storefront.stop()
    await backend.stop()
  }
}

main().catch((error) => {
  console.error("[smoke] failed:", error instanceof Error ? error.message : error)
  process.exit(1)
})
