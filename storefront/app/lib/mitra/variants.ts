/**
 * The product form's variants (pure; unit-tested): one option ("Ukuran", "Rasa", …) with a row per
 * value, each with its own price and stock. Fields: `option_title`, `rows` (how many rows), and per
 * row `row<i>_id` (an existing variant, on edit), `row<i>_value`, `row<i>_price`, `row<i>_stock`,
 * `row<i>_remove` (on edit). Without JavaScript, "Tambah pilihan" posts the form and the page comes
 * back with `rows` one higher.
 */
import type { FieldErrors } from "./profile"
import { parseRupiah, parseWhole } from "./input"

export const MAX_ROWS = 30
export const MAX_STOCK = 100_000

export interface VariantRowView {
  id: string
  value: string
  price: string
  stock: string
  remove: boolean
}

export interface ParsedVariants {
  /** null: one variant without an option (a product with a single price). */
  option: string | null
  rows: { index: number; id: string | null; value: string; price: number; stock: number }[]
  /** Existing variants the seller ticked "Hapus". */
  removed: string[]
}

export const rowField = (index: number, field: "id" | "value" | "price" | "stock" | "remove") => `row${index}_${field}`

const text = (values: Record<string, string | undefined>, key: string) => String(values[key] ?? "").trim()

/** How many rows the form has (at least one, at most MAX_ROWS). */
export function rowCount(values: Record<string, string | undefined>): number {
  const count = Number(values.rows)
  return Number.isInteger(count) ? Math.min(Math.max(count, 1), MAX_ROWS) : 1
}

/** The rows as typed (to render the form again after an error or "Tambah pilihan"). */
export function rowsFromValues(values: Record<string, string | undefined>, extra = 0): VariantRowView[] {
  return Array.from({ length: Math.min(rowCount(values) + extra, MAX_ROWS) }, (_, i) => ({
    id: text(values, rowField(i, "id")),
    value: text(values, rowField(i, "value")),
    price: text(values, rowField(i, "price")),
    stock: text(values, rowField(i, "stock")),
    remove: values[rowField(i, "remove")] !== undefined,
  }))
}

/**
 * Reads and checks the variant rows. A new row left completely empty is skipped (an unused
 * "Tambah pilihan"); a removed existing row only counts as removed. Errors sit next to their row:
 * an empty or repeated value, letters in a price, a negative or non-whole stock; a product with
 * several values needs the option's name. `fixedOption`: on edit the option's name can't change.
 */
export function parseVariants(values: Record<string, string | undefined>, fixedOption?: string | null): { value: ParsedVariants; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const removed: string[] = []
  const rows: ParsedVariants["rows"] = []
  const seen = new Map<string, number>()
  const all = rowsFromValues(values)
  const live = all
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => {
      if (row.id && row.remove) {
        removed.push(row.id)
        return false
      }
      return !!row.id || !!(row.value || row.price || (row.stock && row.stock !== "0"))
    })
  const option = fixedOption !== undefined ? fixedOption : text(values, "option_title") || null
  const single = live.length === 1 && !live[0].row.value && !option
  if (!live.length) errors.rows = "mitra.error.variantsNone"
  if (!single && !option) errors.option_title = "mitra.error.optionTitle"
  if (option && option.length > 60) errors.option_title = "mitra.error.optionTitle"
  for (const { row, index } of live) {
    const key = row.value.toLocaleLowerCase("id-ID")
    if (!single && (!row.value || row.value.length > 60)) errors[rowField(index, "value")] = "mitra.error.variantValue"
    else if (!single && seen.has(key)) errors[rowField(index, "value")] = "mitra.error.variantDuplicate"
    seen.set(key, index)
    const price = parseRupiah(row.price)
    const stock = parseWhole(row.stock || "0", 0, MAX_STOCK)
    if (price === null) errors[rowField(index, "price")] = "mitra.error.price"
    if (stock === null) errors[rowField(index, "stock")] = "mitra.error.stock"
    rows.push({ index, id: row.id || null, value: row.value, price: price ?? 0, stock: stock ?? 0 })
  }
  return { value: { option: single ? null : option, rows, removed }, errors }
}

/** "Rp 20.000–Rp 30.000" material for the list: how many variants and the lowest and highest price. */
export function priceRange(prices: number[]): { count: number; min: number; max: number } | null {
  if (!prices.length) return null
  return { count: prices.length, min: Math.min(...prices), max: Math.max(...prices) }
}
