/**
 * The panel's product routes — /mitra/produk/baru, /mitra/produk/:id and the list — against the
 * shared real backend: products with one option and a price and stock per value, several photos,
 * "Tambah pilihan" without JavaScript, errors next to their row with nothing saved, and another
 * seller's product being "not found". Actions are called the way a browser without JavaScript
 * posts the multipart form.
 */
import { createRemixStub } from "@remix-run/testing"
import type { ComponentType } from "react"
import { renderToString } from "react-dom/server"
import { beforeAll, describe, expect, it } from "vitest"
import { Jar, payload, statusOf } from "./shop-support"
import { backend, escapeHtml } from "./support"

type NewRoute = typeof import("~/routes/mitra.produk.baru")
type EditRoute = typeof import("~/routes/mitra.produk.$id")
type ListRoute = typeof import("~/routes/mitra.produk._index")
type Session = typeof import("~/lib/mitra/session.server")

let newRoute: NewRoute
let editRoute: EditRoute
let listRoute: ListRoute
let session: Session
let categoryId: string

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(1)])
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(64).fill(2)])

/** A signed-in panel session of a seeded seller, with its CSRF token. */
async function signIn(handle: string): Promise<{ jar: Jar; csrf: string; token: string }> {
  const response = await fetch(`${backend.url}/auth/seller/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: `${handle}@seller.sentra.local`, password: "sentra-seller" }),
  })
  const { token } = (await response.json()) as { token: string }
  const jar = new Jar()
  jar.take(new Response(null, { headers: { "Set-Cookie": await session.startSellerSession(token) } }))
  const read = await session.readSellerSession(new Request("http://localhost/", { headers: { Cookie: jar.header() } }))
  return { jar, csrf: read!.csrf, token }
}

type Seller = Awaited<ReturnType<typeof signIn>>
type Action = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>

/** Posts a multipart form (fields and photos) to an action; a thrown Response is returned. */
async function post(action: Action, seller: Seller, path: string, fields: Record<string, string>, photos: { name: string; type: string; bytes: Uint8Array }[] = [], params: Record<string, string> = {}) {
  const body = new FormData()
  body.set("_csrf", seller.csrf)
  for (const [key, value] of Object.entries(fields)) body.append(key, value)
  for (const photo of photos) body.append("photos", new File([photo.bytes as Uint8Array<ArrayBuffer>], photo.name, { type: photo.type }))
  const request = new Request(`http://localhost${path}`, { method: "POST", headers: { Cookie: seller.jar.header(), Origin: "http://localhost" }, body })
  try {
    return await action({ request, params, context: {} })
  } catch (thrown) {
    if (thrown instanceof Response) return thrown
    throw thrown
  }
}

async function vendorGet<T>(seller: Seller, path: string): Promise<T> {
  const response = await fetch(`${backend.url}/vendor${path}`, { headers: { authorization: `Bearer ${seller.token}` } })
  return (await response.json()) as T
}

interface VendorProduct {
  id: string
  title: string
  thumbnail: string | null
  images: { url: string }[]
  options: { title: string; values: string[] }[]
  variants: { id: string; title: string; options: Record<string, string>; price: number; stock: number }[]
}
const productOf = async (seller: Seller, id: string) => (await vendorGet<{ product: VendorProduct }>(seller, `/products/${id}`)).product
const countOf = async (seller: Seller) => (await vendorGet<{ count: number }>(seller, "/products?limit=1")).count

/** A page rendered with its loader data and the action's answer (as after a posted form). */
function renderWith(path: string, Component: ComponentType, loaderData: unknown, actionData: unknown): string {
  const id = "routes/page"
  const RemixStub = createRemixStub([{ id, path, Component, loader: () => loaderData as never, action: () => actionData as never }])
  return renderToString(<RemixStub initialEntries={[path]} hydrationData={{ loaderData: { [id]: loaderData }, actionData: { [id]: actionData } }} />)
}

const rows = (list: [string, string, string][]) =>
  Object.fromEntries([["rows", String(list.length)], ...list.flatMap(([value, price, stock], i) => [[`row${i}_value`, value], [`row${i}_price`, price], [`row${i}_stock`, stock]])])

beforeAll(async () => {
  ;[newRoute, editRoute, listRoute, session] = await Promise.all([
    import("~/routes/mitra.produk.baru"),
    import("~/routes/mitra.produk.$id"),
    import("~/routes/mitra.produk._index"),
    import("~/lib/mitra/session.server"),
  ])
  const { categoryChoices } = await import("~/lib/mitra/products.server")
  categoryId = (await categoryChoices())[0].options[0].id
})

describe("new product with choices /mitra/produk/baru", () => {
  it("creates one option with a price and stock per value and several photos (the first is the cover); the list shows the range", async () => {
    const seller = await signIn("dapur-bu-imas")
    const result = await post(
      newRoute.action as Action,
      seller,
      "/mitra/produk/baru",
      { title: "Seblak Prasmanan", category_id: categoryId, intent: "publish", option_title: "Ukuran", ...rows([["Kecil", "20.000", "5"], ["Sedang", "25000", "4"], ["Besar", "Rp 30.000", "3"]]) },
      [{ name: "sampul.png", type: "image/png", bytes: PNG }, { name: "kedua.jpg", type: "image/jpeg", bytes: JPEG }]
    )
    expect(statusOf(result)).toBe(302)
    const id = new URL((result as Response).headers.get("Location")!, "http://localhost").searchParams.get("disimpan")!
    const product = await productOf(seller, id)
    expect(product.options).toEqual([expect.objectContaining({ title: "Ukuran" })])
    expect(product.variants.map((v) => [v.options, v.price, v.stock])).toEqual([
      [{ Ukuran: "Kecil" }, 20000, 5],
      [{ Ukuran: "Sedang" }, 25000, 4],
      [{ Ukuran: "Besar" }, 30000, 3],
    ])
    expect(product.images.map((i) => i.url)).toEqual([expect.stringMatching(/-sampul\.png$/), expect.stringMatching(/-kedua\.jpg$/)])
    expect(product.thumbnail).toBe(product.images[0].url)

    const request = new Request("http://localhost/mitra/produk", { headers: { Cookie: seller.jar.header() } })
    const list = payload<Awaited<ReturnType<ListRoute["loader"]>>["data"]>(await listRoute.loader({ request, params: {}, context: {} }))
    const html = renderWith("/mitra/produk", listRoute.default, list, undefined)
    const lines = [...html.matchAll(/<p class="mitra-product__price">(.*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, ""))
    expect(lines).toContain(escapeHtml("3 pilihan · Rp 20.000–Rp 30.000 · stok 12"))
  })

  it("'Tambah pilihan' renders the form again with one more row and saves nothing", async () => {
    const seller = await signIn("dapur-bu-imas")
    const before = await countOf(seller)
    const fields = { title: "Bakso", category_id: categoryId, option_title: "Rasa", intent: "add-row", ...rows([["Original", "15.000", "5"]]) }
    const result = await post(newRoute.action as Action, seller, "/mitra/produk/baru", fields)
    expect(statusOf(result)).toBe(200)
    const data = payload<{ values: Record<string, string>; errors: object }>(result)
    expect(data.values).toMatchObject({ rows: "2", row0_value: "Original", option_title: "Rasa" })
    const html = renderWith("/mitra/produk/baru", newRoute.default, { locale: "id", categories: [] }, data)
    expect(html).toContain('name="row1_value"')
    expect(html).toContain('value="Original"')
    expect(await countOf(seller)).toBe(before)
  })

  it("answers bad rows with 400 and a message next to each row; nothing is uploaded or saved", async () => {
    const seller = await signIn("dapur-bu-imas")
    const before = await countOf(seller)
    const fields = { title: "Es Cendol", category_id: categoryId, option_title: "Ukuran", intent: "publish", ...rows([["Gelas", "8rb", "3"], ["", "9.000", "-1"], ["gelas", "10.000", "2"]]) }
    const result = await post(newRoute.action as Action, seller, "/mitra/produk/baru", fields, [{ name: "cendol.png", type: "image/png", bytes: PNG }])
    expect(statusOf(result)).toBe(400)
    const data = payload<{ errors: Record<string, string>; values: Record<string, string> }>(result)
    expect(data.errors).toEqual({
      row0_price: "mitra.error.price",
      row1_value: "mitra.error.variantValue",
      row1_stock: "mitra.error.stock",
      row2_value: "mitra.error.variantDuplicate",
    })
    const html = renderWith("/mitra/produk/baru", newRoute.default, { locale: "id", categories: [] }, data)
    expect(html).toMatch(/id="pr-price-error"[^>]*>Tulis harga dengan angka/)
    expect(html).toMatch(/id="pr-value-1-error"[^>]*>Isi nama pilihan ini/)
    expect(html).toMatch(/id="pr-value-2-error"[^>]*>Pilihan ini sudah ada\./)
    expect(await countOf(seller)).toBe(before)
  })
})

describe("edit a product's choices /mitra/produk/:id", () => {
  it("adds a value, changes a price and stock and removes a value in one save", async () => {
    const seller = await signIn("dapur-bu-imas")
    const created = await post(newRoute.action as Action, seller, "/mitra/produk/baru", {
      title: "Pisang Goreng", category_id: categoryId, intent: "draft", option_title: "Isi", ...rows([["Keju", "12.000", "5"], ["Cokelat", "13.000", "5"]]),
    })
    const id = new URL((created as Response).headers.get("Location")!, "http://localhost").searchParams.get("disimpan")!
    const [keju, cokelat] = (await productOf(seller, id)).variants
    const result = await post(
      editRoute.action as Action,
      seller,
      `/mitra/produk/${id}`,
      {
        title: "Pisang Goreng",
        category_id: categoryId,
        status: "draft",
        rows: "3",
        row0_id: keju.id, row0_value: "Keju", row0_price: "14.000", row0_stock: "8",
        row1_id: cokelat.id, row1_value: "Cokelat", row1_price: "13.000", row1_stock: "5", row1_remove: "1",
        row2_value: "Keju Cokelat", row2_price: "16000", row2_stock: "2",
      },
      [],
      { id }
    )
    expect(statusOf(result)).toBe(302)
    const product = await productOf(seller, id)
    expect(product.variants.map((v) => [v.options, v.price, v.stock])).toEqual([
      [{ Isi: "Keju" }, 14000, 8],
      [{ Isi: "Keju Cokelat" }, 16000, 2],
    ])
    expect([...product.options[0].values].sort()).toEqual(["Keju", "Keju Cokelat"])
  })

  it("refuses a new value that repeats a kept one (400 next to the row) and changes nothing", async () => {
    const seller = await signIn("dapur-bu-imas")
    const created = await post(newRoute.action as Action, seller, "/mitra/produk/baru", {
      title: "Kopi Tubruk", category_id: categoryId, intent: "draft", option_title: "Ukuran", ...rows([["Kecil", "5.000", "5"]]),
    })
    const id = new URL((created as Response).headers.get("Location")!, "http://localhost").searchParams.get("disimpan")!
    const before = await productOf(seller, id)
    const result = await post(editRoute.action as Action, seller, `/mitra/produk/${id}`, {
      title: "Kopi Tubruk", category_id: categoryId, status: "draft", rows: "2",
      row0_id: before.variants[0].id, row0_value: "Kecil", row0_price: "6.000", row0_stock: "1",
      row1_value: "kecil", row1_price: "7.000", row1_stock: "1",
    }, [], { id })
    expect(statusOf(result)).toBe(400)
    expect(payload<{ errors: object }>(result).errors).toEqual({ row1_value: "mitra.error.variantDuplicate" })
    expect(await productOf(seller, id)).toEqual(before)
  })

  it("another seller's product is not found and stays unchanged", async () => {
    const owner = await signIn("dapur-bu-imas")
    const other = await signIn("batik-cigadung-lestari")
    const [product] = (await vendorGet<{ products: VendorProduct[] }>(owner, "/products?limit=1")).products
    const before = await productOf(owner, product.id)
    const result = await post(editRoute.action as Action, other, `/mitra/produk/${product.id}`, {
      title: "Diambil Alih", category_id: categoryId, status: "draft", rows: "1", row0_value: "X", row0_price: "1", row0_stock: "1",
    }, [], { id: product.id })
    expect(statusOf(result)).toBe(404)
    expect(await productOf(owner, product.id)).toEqual(before)
  })
})
