import type { MitraKey } from "~/i18n/mitra.id"
import { backendAssetUrl } from "~/lib/asset-url"
import { env } from "~/lib/env.server"
import { medusa } from "~/lib/medusa.server"
import { rethrowNotFound, vendor, VendorError } from "./api.server"
import { imageProblem } from "./image"
import { parseRupiah, parseWhole } from "./input"
import { hasFile, type FieldErrors } from "./profile"
import { uploadImages } from "./seller.server"
import type { SellerSession } from "./session.server"
import { productVisibility, type Visibility } from "./status"

interface VendorProduct {
  id: string
  title: string
  description: string | null
  status: "draft" | "published" | string
  thumbnail: string | null
  store_visible: boolean
  images: { url: string }[]
  categories: { id: string; name: string }[]
  variants: { id: string; title: string; price: number; stock: number }[]
}

export interface PanelVariant {
  id: string
  title: string | null
  price: number
  stock: number
}

/** What the product list and form render. */
export interface PanelProduct {
  id: string
  title: string
  description: string
  thumbnail: string | null
  published: boolean
  visibility: Visibility
  categoryId: string | null
  images: string[]
  variants: PanelVariant[]
}

const viewOf = (p: VendorProduct): PanelProduct => ({
  id: p.id,
  title: p.title,
  description: p.description ?? "",
  thumbnail: backendAssetUrl(p.thumbnail, env.MEDUSA_BACKEND_URL),
  published: p.status === "published",
  visibility: productVisibility(p),
  categoryId: p.categories[0]?.id ?? null,
  images: p.images.map((i) => i.url),
  variants: p.variants.map((v) => ({
    id: v.id,
    title: /^(Default|Standar)$/i.test(v.title) || p.variants.length === 1 ? null : v.title,
    price: Number(v.price),
    stock: Number(v.stock ?? 0),
  })),
})

export async function listProducts(request: Request, session: SellerSession, offset = 0) {
  const { products, count } = await vendor<{ products: VendorProduct[]; count: number }>(request, session, "/products", {
    query: { limit: 50, offset },
  })
  return { products: products.map(viewOf), count }
}

export async function getProduct(request: Request, session: SellerSession, id: string): Promise<PanelProduct> {
  try {
    return viewOf((await vendor<{ product: VendorProduct }>(request, session, `/products/${encodeURIComponent(id)}`)).product)
  } catch (error) {
    rethrowNotFound(error)
  }
}

export interface CategoryGroup {
  name: string
  options: { id: string; name: string }[]
}

/** The store's public categories, sub-categories under their main category. */
export async function categoryChoices(): Promise<CategoryGroup[]> {
  const { product_categories } = await medusa.store.category.list({ limit: 200, fields: "id,name,parent_category_id,rank" })
  const tops = product_categories.filter((c) => !c.parent_category_id)
  return tops.map((top) => {
    const children = product_categories.filter((c) => c.parent_category_id === top.id)
    return { name: top.name, options: (children.length ? children : [top]).map((c) => ({ id: c.id, name: c.name })) }
  })
}

export interface ProductForm {
  title: string
  description: string
  categoryId: string
  price: number | null
  stock: number | null
  photo: File | null
}

/** Reads and checks the product form: a message key per bad field. */
export function parseProductForm(form: FormData, categoryIds: ReadonlySet<string>, { needsPrice }: { needsPrice: boolean }): { value: ProductForm; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const title = String(form.get("title") ?? "").trim()
  if (title.length < 2 || title.length > 200) errors.title = "mitra.error.productTitle"
  const description = String(form.get("description") ?? "").trim()
  if (description.length > 5000) errors.description = "mitra.error.description"
  const categoryId = String(form.get("category_id") ?? "")
  if (!categoryIds.has(categoryId)) errors.category_id = "mitra.error.category"
  const price = needsPrice ? parseRupiah(form.get("price")) : null
  if (needsPrice && price === null) errors.price = "mitra.error.price"
  const stock = needsPrice ? parseWhole(form.get("stock"), 0, 100_000) : null
  if (needsPrice && stock === null) errors.stock = "mitra.error.stock"
  const photo = form.get("photo")
  return { value: { title, description, categoryId, price, stock, photo: hasFile(photo) ? photo : null }, errors }
}

/** Per-variant price and stock from a form (`price_<id>`, `stock_<id>`), for the variants of `product`. */
export function parseVariantEdits(form: FormData, variants: readonly PanelVariant[]): { edits: { id: string; price: number; stock: number }[]; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const edits = variants.map((variant) => {
    const price = parseRupiah(form.get(`price_${variant.id}`))
    const stock = parseWhole(form.get(`stock_${variant.id}`), 0, 100_000)
    if (price === null) errors[`price_${variant.id}`] = "mitra.error.price"
    if (stock === null) errors[`stock_${variant.id}`] = "mitra.error.stock"
    return { id: variant.id, price: price ?? 0, stock: stock ?? 0 }
  })
  return { edits, errors }
}

type Result = { ok: true; id: string } | { ok: false; errors: FieldErrors; message?: string }

/** Checks and uploads the product photo; a refused photo is a message for the photo field. */
async function withPhoto(request: Request, session: SellerSession, photo: File | null): Promise<{ url: string | null } | { error: MitraKey }> {
  if (!photo) return { url: null }
  const problem = await imageProblem(photo)
  if (problem) return { error: problem }
  try {
    return { url: (await uploadImages(request, session, [photo]))[0] }
  } catch (error) {
    if (error instanceof VendorError && error.status === 400) return { error: "mitra.error.photo" }
    throw error
  }
}

function refused(error: unknown): Result {
  if (error instanceof VendorError && error.status === 400) {
    const errors: FieldErrors = {}
    for (const path of error.fields) {
      const [head, , field] = path.split(".")
      errors[head === "variants" ? (field === "stock" ? "stock" : "price") : head === "category_ids" ? "category_id" : head] = "mitra.error.backendField"
    }
    return { ok: false, errors, message: error.message }
  }
  throw error
}

export async function createProduct(request: Request, session: SellerSession, value: ProductForm, publish: boolean): Promise<Result> {
  const uploaded = await withPhoto(request, session, value.photo)
  if ("error" in uploaded) return { ok: false, errors: { photo: uploaded.error } }
  const photo = uploaded.url
  try {
    const { product } = await vendor<{ product: VendorProduct }>(request, session, "/products", {
      method: "POST",
      json: {
        title: value.title,
        description: value.description || undefined,
        category_ids: [value.categoryId],
        status: publish ? "published" : "draft",
        ...(photo ? { images: [{ url: photo }] } : {}),
        variants: [{ price: value.price, stock: value.stock }],
      },
    })
    return { ok: true, id: product.id }
  } catch (error) {
    return refused(error)
  }
}

export async function updateProduct(
  request: Request,
  session: SellerSession,
  product: PanelProduct,
  change: { value?: ProductForm; variants?: { id: string; price: number; stock: number }[]; publish?: boolean }
): Promise<Result> {
  const uploaded = await withPhoto(request, session, change.value?.photo ?? null)
  if ("error" in uploaded) return { ok: false, errors: { photo: uploaded.error } }
  const photo = uploaded.url
  const body: Record<string, unknown> = {}
  if (change.value) {
    body.title = change.value.title
    body.description = change.value.description
    body.category_ids = [change.value.categoryId]
  }
  if (photo) body.images = [{ url: photo }, ...product.images.map((url) => ({ url }))].slice(0, 10)
  if (change.variants) body.variants = change.variants
  if (change.publish !== undefined) body.status = change.publish ? "published" : "draft"
  try {
    await vendor(request, session, `/products/${encodeURIComponent(product.id)}`, { method: "POST", json: body })
    return { ok: true, id: product.id }
  } catch (error) {
    return refused(error)
  }
}

export async function deleteProduct(request: Request, session: SellerSession, id: string): Promise<void> {
  try {
    await vendor(request, session, `/products/${encodeURIComponent(id)}`, { method: "DELETE" })
  } catch (error) {
    rethrowNotFound(error)
  }
}
