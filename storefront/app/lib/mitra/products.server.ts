import type { MitraKey } from "~/i18n/mitra.id"
import { backendAssetUrl } from "~/lib/asset-url"
import { env } from "~/lib/env.server"
import { medusa } from "~/lib/medusa.server"
import { rethrowNotFound, vendor, VendorError } from "./api.server"
import { imageProblem, uploadProblem } from "./image"
import { parseRupiah, parseWhole } from "./input"
import { hasFile, type FieldErrors } from "./profile"
import { rowField, type ParsedVariants } from "./variants"
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
  options?: { title: string; values: string[] }[]
  variants: { id: string; title: string; price: number; stock: number; options?: Record<string, string> }[]
}

export interface PanelVariant {
  id: string
  title: string | null
  /** Its value of the product's option (when the product has exactly one option). */
  value: string
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
  /** `url` as stored (what the form sends back), `src` to show. */
  images: { url: string; src: string }[]
  /**
   * The product's one option ("Ukuran"), null for a single-price product (Medusa's implicit
   * "Varian: Standar"); `multiOption`: made through the API with several options (the panel
   * then edits only price and stock per variant).
   */
  option: string | null
  multiOption: boolean
  variants: PanelVariant[]
}

/** The option Medusa gives a product created without options (backend DEFAULT_OPTION). */
export const DEFAULT_OPTION = "Varian"

function optionOf(p: VendorProduct): string | null {
  const options = p.options ?? []
  if (options.length !== 1) return null
  return options[0].title === DEFAULT_OPTION && p.variants.length === 1 ? null : options[0].title
}

const viewOf = (p: VendorProduct): PanelProduct => ({
  id: p.id,
  title: p.title,
  description: p.description ?? "",
  thumbnail: backendAssetUrl(p.thumbnail, env.MEDUSA_BACKEND_URL),
  published: p.status === "published",
  visibility: productVisibility(p),
  categoryId: p.categories[0]?.id ?? null,
  images: p.images.map((i) => ({ url: i.url, src: backendAssetUrl(i.url, env.MEDUSA_BACKEND_URL) ?? i.url })),
  option: optionOf(p),
  multiOption: (p.options ?? []).length > 1,
  variants: p.variants.map((v) => ({
    id: v.id,
    title: /^(Default|Standar)$/i.test(v.title) || p.variants.length === 1 ? null : v.title,
    value: (p.options ?? []).length === 1 ? (v.options?.[p.options![0].title] ?? "") : "",
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
  /** New photos in the order picked (the first is the cover on a new product). */
  photos: File[]
  /** Photo URLs the seller ticked to remove (edit). */
  removePhotos: string[]
}

export const MAX_PHOTOS = 8

/** Reads and checks the product fields and photos: a message key per bad field. */
export async function parseProductForm(form: FormData, categoryIds: ReadonlySet<string>): Promise<{ value: ProductForm; errors: FieldErrors }> {
  const errors: FieldErrors = {}
  const title = String(form.get("title") ?? "").trim()
  if (title.length < 2 || title.length > 200) errors.title = "mitra.error.productTitle"
  const description = String(form.get("description") ?? "").trim()
  if (description.length > 5000) errors.description = "mitra.error.description"
  const categoryId = String(form.get("category_id") ?? "")
  if (!categoryIds.has(categoryId)) errors.category_id = "mitra.error.category"
  const photos = form.getAll("photos").filter(hasFile)
  if (photos.length > MAX_PHOTOS) errors.photos = "mitra.error.photoCount"
  for (const photo of photos) {
    const problem = await imageProblem(photo)
    if (problem) errors.photos ??= problem
  }
  const removePhotos = form.getAll("remove_photo").map(String)
  return { value: { title, description, categoryId, photos, removePhotos }, errors }
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

/** Uploads the (already checked) photos; a refusal is a message for the photo field. */
async function withPhotos(request: Request, session: SellerSession, photos: File[]): Promise<{ urls: string[] } | { error: MitraKey }> {
  if (!photos.length) return { urls: [] }
  try {
    return { urls: await uploadImages(request, session, photos) }
  } catch (error) {
    const problem = uploadProblem(error)
    if (problem) return { error: problem }
    throw error
  }
}

/** A backend 400 as field errors; `rows`: the form row of each sent variant. */
function refused(error: unknown, rows?: number[]): Result {
  if (error instanceof VendorError && error.status === 400) {
    const errors: FieldErrors = {}
    for (const path of error.fields) {
      const [head, index, field] = path.split(".")
      const row = rows?.[Number(index)] ?? 0
      errors[head === "variants" ? rowField(row, field === "stock" ? "stock" : field === "options" ? "value" : "price") : head === "category_ids" ? "category_id" : head === "images" ? "photos" : head] =
        "mitra.error.backendField"
    }
    return { ok: false, errors, message: error.message }
  }
  throw error
}

/** The vendor API's options and variants for a new product's rows. */
function newVariants(variants: ParsedVariants) {
  if (!variants.option) return { variants: variants.rows.map((r) => ({ price: r.price, stock: r.stock })) }
  const option = variants.option
  return {
    options: [{ title: option, values: variants.rows.map((r) => r.value) }],
    variants: variants.rows.map((r) => ({ options: { [option]: r.value }, price: r.price, stock: r.stock })),
  }
}

export async function createProduct(request: Request, session: SellerSession, value: ProductForm, variants: ParsedVariants, publish: boolean): Promise<Result> {
  const uploaded = await withPhotos(request, session, value.photos)
  if ("error" in uploaded) return { ok: false, errors: { photos: uploaded.error } }
  try {
    const { product } = await vendor<{ product: VendorProduct }>(request, session, "/products", {
      method: "POST",
      json: {
        title: value.title,
        description: value.description || undefined,
        category_ids: [value.categoryId],
        status: publish ? "published" : "draft",
        ...(uploaded.urls.length ? { images: uploaded.urls.map((url) => ({ url })) } : {}),
        ...newVariants(variants),
      },
    })
    return { ok: true, id: product.id }
  } catch (error) {
    return refused(error, variants.rows.map((r) => r.index))
  }
}

/**
 * The vendor API's variant changes for the edit form's rows: existing rows' price and stock, new
 * rows as new variants of the product's option, ticked rows deleted.
 */
function variantChanges(product: PanelProduct, variants: ParsedVariants) {
  const option = product.option ?? (product.multiOption ? null : DEFAULT_OPTION)
  return {
    variants: variants.rows.map((r) =>
      r.id ? { id: r.id, price: r.price, stock: r.stock } : { options: option ? { [option]: r.value } : {}, price: r.price, stock: r.stock }
    ),
    ...(variants.removed.length ? { delete_variant_ids: variants.removed } : {}),
  }
}

export async function updateProduct(
  request: Request,
  session: SellerSession,
  product: PanelProduct,
  change: { value?: ProductForm; variants?: { id: string; price: number; stock: number }[]; rows?: ParsedVariants; publish?: boolean }
): Promise<Result> {
  const uploaded = await withPhotos(request, session, change.value?.photos ?? [])
  if ("error" in uploaded) return { ok: false, errors: { photos: uploaded.error } }
  const body: Record<string, unknown> = {}
  if (change.value) {
    body.title = change.value.title
    body.description = change.value.description
    body.category_ids = [change.value.categoryId]
    const removed = new Set(change.value.removePhotos)
    if (uploaded.urls.length || removed.size) {
      body.images = [...product.images.map((i) => i.url).filter((url) => !removed.has(url)), ...uploaded.urls].slice(0, 10).map((url) => ({ url }))
    }
  }
  if (change.variants) body.variants = change.variants
  if (change.rows) Object.assign(body, variantChanges(product, change.rows))
  if (change.publish !== undefined) body.status = change.publish ? "published" : "draft"
  try {
    await vendor(request, session, `/products/${encodeURIComponent(product.id)}`, { method: "POST", json: body })
    return { ok: true, id: product.id }
  } catch (error) {
    return refused(error, change.rows?.rows.map((r) => r.index))
  }
}

export async function deleteProduct(request: Request, session: SellerSession, id: string): Promise<void> {
  try {
    await vendor(request, session, `/products/${encodeURIComponent(id)}`, { method: "DELETE" })
  } catch (error) {
    rethrowNotFound(error)
  }
}
