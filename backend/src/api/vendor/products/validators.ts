/**
 * Vendor input for listings. Strict objects: sales channels, shipping profile, seller, metadata and
 * every other field not listed here are rejected with 400. Prices are whole Rupiah (IDR has no
 * minor unit; Medusa stores major units).
 */
import { z } from "@medusajs/framework/zod"
import { fieldError, httpUrl } from "../sellers/validators"

export const VENDOR_PRODUCT_STATUSES = ["draft", "published"] as const

const MAX_PRICE = 1_000_000_000
const MAX_STOCK = 1_000_000

const handle = z
  .string()
  .trim()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: fieldError("must be lowercase letters, digits and dashes (e.g. keripik-pedas)") })

const price = z.number({ error: fieldError("must be a whole Rupiah amount") }).int({ error: fieldError("must be a whole Rupiah amount (no decimals)") }).min(0).max(MAX_PRICE)
const stock = z.number().int({ error: fieldError("must be a whole number") }).min(0).max(MAX_STOCK)
const sku = z.string().trim().min(1).max(64)
const variantTitle = z.string().trim().min(1).max(120)

const productFields = {
  title: z.string().trim().min(2).max(200),
  subtitle: z.string().trim().max(200).nullable(),
  description: z.string().trim().max(5000).nullable(),
  handle,
  category_ids: z.array(z.string().min(1)).min(1).max(5).transform((ids) => [...new Set(ids)]),
  tags: z.array(z.string().trim().min(1).max(40)).max(10).transform((tags) => [...new Set(tags)]),
  images: z.array(z.object({ url: httpUrl }).strict()).max(10),
  weight: z.number().int().min(0).max(100_000).nullable(),
  status: z.enum(VENDOR_PRODUCT_STATUSES),
}

const option = z
  .object({
    title: z.string().trim().min(1).max(60),
    values: z.array(z.string().trim().min(1).max(60)).min(1).max(30),
  })
  .strict()

const newVariant = z
  .object({
    title: variantTitle.optional(),
    sku: sku.optional(),
    options: z.record(z.string(), z.string()).optional(),
    price,
    stock: stock.default(0),
  })
  .strict()

/**
 * Options and variants must agree: every variant names exactly one value of every option, and no
 * two variants share a combination. Without options the product has exactly one variant.
 */
function checkVariants(
  body: { options?: { title: string; values: string[] }[]; variants: { options?: Record<string, string> }[] },
  ctx: z.RefinementCtx
) {
  const issue = (path: PropertyKey[], text: string) =>
    ctx.addIssue({ code: "custom", path, message: `Field '${path.map(String).join(".")}' ${text}` })
  const options = body.options ?? []
  const variants = body.variants ?? []
  if (!options.length) {
    if (variants.length !== 1) {
      issue(["options"], "is required when a product has more than one variant")
    }
    variants.forEach((variant, i) => {
      if (variant.options && Object.keys(variant.options).length) {
        issue(["variants", i, "options"], "names an option the product doesn't have")
      }
    })
    return
  }
  const titles = options.map((o) => o.title)
  options.forEach((o, i) => {
    if (titles.indexOf(o.title) !== i) issue(["options", i, "title"], `repeats '${o.title}'`)
    if (new Set(o.values).size !== o.values.length) issue(["options", i, "values"], "has repeated values")
  })
  const seen = new Set<string>()
  variants.forEach((variant, i) => {
    const chosen = variant.options ?? {}
    for (const key of Object.keys(chosen)) {
      if (!titles.includes(key)) issue(["variants", i, "options", key], "is not an option of the product")
    }
    for (const o of options) {
      const value = chosen[o.title]
      if (value === undefined) issue(["variants", i, "options", o.title], "is required")
      else if (!o.values.includes(value)) issue(["variants", i, "options", o.title], `must be one of: ${o.values.join(", ")}`)
    }
    const combination = JSON.stringify(titles.map((t) => chosen[t]))
    if (seen.has(combination)) issue(["variants", i, "options"], "repeats another variant's combination")
    seen.add(combination)
  })
}

function checkUniqueSkus(variants: { sku?: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>()
  variants.forEach((variant, i) => {
    if (!variant.sku) return
    if (seen.has(variant.sku)) {
      ctx.addIssue({ code: "custom", path: ["variants", i, "sku"], message: `Field 'variants.${i}.sku' repeats '${variant.sku}'` })
    }
    seen.add(variant.sku)
  })
}

/** POST /vendor/products */
export const VendorCreateProduct = z
  .object({
    title: productFields.title,
    subtitle: productFields.subtitle.optional(),
    description: productFields.description.optional(),
    handle: productFields.handle.optional(),
    category_ids: productFields.category_ids,
    tags: productFields.tags.optional(),
    images: productFields.images.optional(),
    weight: productFields.weight.optional(),
    status: productFields.status.default("draft"),
    options: z.array(option).max(3).optional(),
    variants: z.array(newVariant).min(1).max(100),
  })
  .strict()
  .superRefine((body, ctx) => {
    checkVariants(body, ctx)
    checkUniqueSkus(body.variants ?? [], ctx)
  })
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

/**
 * POST /vendor/products/:id: product fields, status (publish/unpublish), per existing variant
 * (`id`) its title, SKU, price and stock; new variants (no `id`: `options` naming a value of every
 * option of the product, `price`, `stock`); and `delete_variant_ids`. The product's option titles
 * are fixed after creation; their values follow the variants.
 */
export const VendorUpdateProduct = z
  .object({
    title: productFields.title.optional(),
    subtitle: productFields.subtitle.optional(),
    description: productFields.description.optional(),
    handle: productFields.handle.optional(),
    category_ids: productFields.category_ids.optional(),
    tags: productFields.tags.optional(),
    images: productFields.images.optional(),
    weight: productFields.weight.optional(),
    status: productFields.status.optional(),
    variants: z
      .array(
        z
          .object({
            id: z.string().min(1).optional(),
            title: variantTitle.optional(),
            sku: sku.optional(),
            options: z.record(z.string().trim().min(1).max(60), z.string().trim().min(1).max(60)).optional(),
            price: price.optional(),
            stock: stock.optional(),
          })
          .strict()
      )
      .min(1)
      .max(100)
      .optional(),
    delete_variant_ids: z.array(z.string().min(1)).min(1).max(100).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!Object.keys(body).length) {
      ctx.addIssue({ code: "custom", message: "Nothing to update: send at least one field" })
    }
    const deleted = new Set(body.delete_variant_ids ?? [])
    if (deleted.size !== (body.delete_variant_ids ?? []).length) {
      ctx.addIssue({ code: "custom", path: ["delete_variant_ids"], message: "Field 'delete_variant_ids' repeats a variant" })
    }
    if (!body.variants) return
    checkUniqueSkus(body.variants, ctx)
    const ids = body.variants.map((v) => v.id)
    body.variants.forEach((variant, i) => {
      const issue = (field: string, text: string) =>
        ctx.addIssue({ code: "custom", path: ["variants", i, field], message: `Field 'variants.${i}.${field}' ${text}` })
      if (variant.id && ids.indexOf(variant.id) !== i) issue("id", `repeats '${variant.id}'`)
      if (variant.id && deleted.has(variant.id)) issue("id", "is also in delete_variant_ids")
      if (variant.id && variant.options) issue("options", "can't change on an existing variant: delete it and add a new one")
      if (!variant.id && variant.price === undefined) issue("price", "is required for a new variant")
      if (!variant.id && !variant.options) issue("options", "is required for a new variant")
    })
  })
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

/** GET /vendor/products */
export const VendorListProducts = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    q: z.string().trim().min(1).max(100).optional(),
    status: z.enum(VENDOR_PRODUCT_STATUSES).optional(),
  })
  .strict()
export type VendorListProductsType = z.infer<typeof VendorListProducts>

/** The routes that answer one product take no query parameters; its fields come from query-config.ts. */
export const VendorGetProductParams = z.object({})
