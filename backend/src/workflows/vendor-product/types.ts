export type VendorProductStatus = "draft" | "published"

export interface VendorVariantInput {
  title?: string
  sku?: string
  options?: Record<string, string>
  /** Whole Rupiah. */
  price: number
  stock: number
}

export interface VendorProductInput {
  title: string
  subtitle?: string | null
  description?: string | null
  handle?: string
  category_ids: string[]
  tags?: string[]
  images?: { url: string }[]
  weight?: number | null
  status: VendorProductStatus
  options?: { title: string; values: string[] }[]
  variants: VendorVariantInput[]
}

/** An existing variant's changes (`id`), or a new variant (no `id`: `options` and `price` required). */
export interface VendorVariantUpdate {
  id?: string
  title?: string
  sku?: string
  options?: Record<string, string>
  price?: number
  stock?: number
}

export type VendorProductUpdate = Partial<Omit<VendorProductInput, "options" | "variants">> & {
  variants?: VendorVariantUpdate[]
  /** Variants to remove; their option values no other variant uses leave the product. */
  delete_variant_ids?: string[]
}

export interface CreateVendorProductInput {
  seller_id: string
  product: VendorProductInput
}

export interface UpdateVendorProductInput {
  seller_id: string
  product_id: string
  update: VendorProductUpdate
}

export interface DeleteVendorProductInput {
  seller_id: string
  product_id: string
}
