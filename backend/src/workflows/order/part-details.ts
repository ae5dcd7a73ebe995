/**
 * The shopper's note and pre-order ready date per seller part (docs/decisions/100-part-notes.md).
 * The rule itself (lengths, the WIB date window) is @sentra/vocabulary's checkPartDetail, shared
 * with the storefront's form; here it is applied to a cart: every entry must name a seller of the
 * cart, and every pre-order seller of the cart needs its date.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { checkPartDetail, PART_NOTE_MAX_LENGTH, readyDateWindow, type PartDetail, type PartDetailProblem } from "@sentra/vocabulary"
import type { ProductSeller } from "../../lib/queries/sellers-of-products"

/** seller id → what the shopper told that seller (only sellers with a note or a date). */
export type PartDetails = Record<string, PartDetail>

type Seller = Pick<ProductSeller, "id" | "name" | "lead_time_days">

function problemText(problem: PartDetailProblem, seller: Seller, now: Date): string {
  const window = readyDateWindow(seller.lead_time_days, now)
  switch (problem) {
    case "note_too_long":
      return `catatan paling banyak ${PART_NOTE_MAX_LENGTH} karakter`
    case "note_invalid":
      return "catatan harus berupa teks"
    case "date_required":
      return `tanggal siap wajib diisi untuk pre-order ${seller.name} (paling cepat ${window?.min})`
    case "date_invalid":
      return "tanggal siap harus berupa tanggal YYYY-MM-DD"
    case "date_too_early":
      return `${seller.name} butuh ${seller.lead_time_days} hari (pre-order): tanggal siap paling cepat ${window?.min}`
    case "date_too_late":
      return `tanggal siap paling lambat ${window?.max}`
    case "date_not_preorder":
      return `${seller.name} tidak menerima pre-order: tanggal siap tidak dipakai`
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value)

/**
 * Checks `entries` (seller id → `{ note, ready_date }`, as stored in the cart's metadata or sent
 * to the part-details route) against the cart's sellers. `field` names the errors
 * (`<field>.<seller id>.ready_date`). Returns the cleaned details, or the errors (one per field).
 */
export function checkPartDetails(
  entries: unknown,
  sellers: Seller[],
  field: string,
  now: Date = new Date()
): { details: PartDetails; errors: string[] } {
  const errors: string[] = []
  const details: PartDetails = {}
  if (entries !== undefined && entries !== null && !isRecord(entries)) {
    return { details, errors: [`Field '${field}' must be an object keyed by seller id`] }
  }
  const given = entries ?? {}
  for (const sellerId of Object.keys(given)) {
    if (!sellers.some((s) => s.id === sellerId)) errors.push(`Field '${field}.${sellerId}': penjual ini tidak ada di keranjang`)
  }
  for (const seller of sellers) {
    const entry = given[seller.id]
    if (entry !== undefined && entry !== null && !isRecord(entry)) {
      errors.push(`Field '${field}.${seller.id}' must be an object with note and ready_date`)
      continue
    }
    const { detail, problems } = checkPartDetail(entry, seller.lead_time_days, now)
    for (const [key, problem] of Object.entries(problems)) {
      errors.push(`Field '${field}.${seller.id}.${key}': ${problemText(problem, seller, now)}`)
    }
    if (detail.note || detail.ready_date) details[seller.id] = detail
  }
  return { details, errors }
}

/** checkPartDetails, throwing 400 (`invalid_data`) naming every offending field. */
export function assertPartDetails(entries: unknown, sellers: Seller[], field: string, now: Date = new Date()): PartDetails {
  const { details, errors } = checkPartDetails(entries, sellers, field, now)
  if (errors.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${errors.join("; ")}`)
  }
  return details
}
