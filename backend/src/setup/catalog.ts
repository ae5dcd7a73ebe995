/**
 * Loads the generated Sentra catalog (categories, tags, products with images and stock).
 * Idempotent: everything is keyed by handle / value / SKU and only missing rows are created.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { ProductSeed, SeedData } from "@sentra/seed-data"
import type { CategorySeed } from "@sentra/vocabulary"
import type { CommerceContext } from "./commerce"
import type { SetupProgress } from "./options"

const PRODUCT_BATCH = 25

export interface CatalogResult {
  createdCategories: number
  createdProducts: number
}

export async function seedCatalog(
  container: MedusaContainer,
  data: Pick<SeedData, "categories" | "products">,
  ctx: CommerceContext & { shippingProfileOf?: (sellerHandle: string) => string },
  progress?: SetupProgress
): Promise<CatalogResult> {
  const { ids: categoryIds, created: createdCategories } = await ensureCategories(container, data.categories)
  const tagIds = await ensureTags(container, data.products)

  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts(
    { handle: data.products.map((p) => p.handle) },
    { select: ["handle"], withDeleted: true }
  )
  const existingHandles = new Set(existing.map((p) => p.handle))
  const missing = data.products.filter((p) => !existingHandles.has(p.handle))

  for (let i = 0; i < missing.length; i += PRODUCT_BATCH) {
    progress?.("products", i, missing.length)
    const batch = missing.slice(i, i + PRODUCT_BATCH)
    const imageUrls = await uploadGeneratedImages(container, batch.map((p) => p.image))
    await createProductsWorkflow(container).run({
      input: {
        products: batch.map((product, index) => ({
            title: product.title,
            subtitle: product.subtitle,
            description: product.description,
            handle: product.handle,
            status: ProductStatus.PUBLISHED,
            thumbnail: imageUrls[index],
            images: [{ url: imageUrls[index] }],
            weight: product.weightGrams,
            category_ids: [categoryIds.get(product.categoryHandle)!],
            tag_ids: product.tags.map((tag) => tagIds.get(tag)!),
            shipping_profile_id: ctx.shippingProfileOf?.(product.sellerHandle) ?? ctx.shippingProfileId,
            sales_channels: [{ id: ctx.salesChannelId }],
            options: product.options,
            variants: product.variants.map((variant) => ({
              title: variant.title,
              sku: variant.sku,
              options: variant.options,
              manage_inventory: true,
              prices: [{ currency_code: "idr", amount: variant.price }],
            })),
            metadata: { made_to_order: product.madeToOrder },
          })),
      },
    })
    await stockVariants(container, batch, ctx.stockLocationId)
  }
  progress?.("products", missing.length, missing.length)

  return { createdCategories, createdProducts: missing.length }
}

async function ensureCategories(container: MedusaContainer, categories: CategorySeed[]) {
  const productService = container.resolve(Modules.PRODUCT)
  const handles = categories.flatMap((c) => [c.handle, ...c.children.map((child) => child.handle)])
  const existing = await productService.listProductCategories({ handle: handles }, { select: ["id", "handle"] })
  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  let created = 0

  const create = async (rows: { name: string; handle: string; description?: string; parent_category_id?: string }[]) => {
    const missing = rows.filter((row) => !ids.has(row.handle))
    if (!missing.length) {
      return
    }
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missing.map((row) => ({ ...row, is_active: true, is_internal: false })) },
    })
    result.forEach((category) => ids.set(category.handle, category.id))
    created += result.length
  }

  await create(categories.map((c) => ({ name: c.name, handle: c.handle, description: c.description })))
  await create(
    categories.flatMap((c) =>
      c.children.map((child) => ({ name: child.name, handle: child.handle, parent_category_id: ids.get(c.handle)! }))
    )
  )
  return { ids, created }
}

async function ensureTags(container: MedusaContainer, products: ProductSeed[]): Promise<Map<string, string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const values = [...new Set(products.flatMap((p) => p.tags))]
  const existing = await productService.listProductTags({ value: values }, { select: ["id", "value"] })
  const ids = new Map(existing.map((t) => [t.value, t.id]))
  const missing = values.filter((value) => !ids.has(value))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    result.forEach((tag) => ids.set(tag.value, tag.id))
  }
  return ids
}

/** Uploads generated images (SVG text) as public files; their URLs in the same order. */
export async function uploadGeneratedImages(
  container: MedusaContainer,
  images: { fileName: string; mimeType: string; content: string }[]
): Promise<string[]> {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: images.map((image) => ({
        filename: image.fileName,
        mimeType: image.mimeType,
        content: Buffer.from(image.content, "utf8").toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return result.map((file) => file.url)
}

async function stockVariants(container: MedusaContainer, products: ProductSeed[], locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const levels = variants.flatMap((variant) =>
    (variant.inventory_items ?? []).map((item: { inventory_item_id: string } | null) => ({
      inventory_item_id: item!.inventory_item_id,
      location_id: locationId,
      stocked_quantity: stockBySku.get(variant.sku!) ?? 0,
    }))
  )
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}
