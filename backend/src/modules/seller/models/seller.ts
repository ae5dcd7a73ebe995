import { model } from "@medusajs/framework/utils"
import SellerDocument from "./seller-document"
import SellerMember from "./seller-member"
import SellerStatusChange from "./seller-status-change"
import SellerUpload from "./seller-upload"

export const SELLER_STATUSES = ["pending", "approved", "suspended"] as const
export type SellerStatus = (typeof SELLER_STATUSES)[number]

/**
 * A UMKM seller in one kecamatan (the district ↔ seller module link). `status`, document verification and anything curated are
 * staff-only: the vendor API never accepts them (see the vendor validators).
 */
const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    handle: model.text().searchable(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    logo_url: model.text().nullable(),
    /** Main categories: "kuliner" | "fesyen" | "kriya". */
    categories: model.array(),
    /** Finer tags: codes of the 17 creative-economy subsectors. */
    creative_subsectors: model.array(),
    /** Normalised Indonesian mobile number, E.164 without plus (628…). */
    whatsapp: model.text(),
    pickup_address: model.text().nullable(),
    time_zone: model.text().default("Asia/Jakarta"),
    women_owned: model.boolean().default(false),
    new_entrepreneur: model.boolean().default(false),
    /** { mon: [{ open: "08:00", close: "17:00" }], ... }; a missing or empty day is closed. */
    opening_hours: model.json(),
    /** ISO dates (YYYY-MM-DD) in the seller's zone when it is closed. */
    holiday_closures: model.array(),
    preparation_minutes: model.number().default(30),
    lead_time_days: model.number().default(0),
    status: model.enum([...SELLER_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    documents: model.hasMany(() => SellerDocument, { mappedBy: "seller" }),
    members: model.hasMany(() => SellerMember, { mappedBy: "seller" }),
    status_changes: model.hasMany(() => SellerStatusChange, { mappedBy: "seller" }),
    uploads: model.hasMany(() => SellerUpload, { mappedBy: "seller" }),
  })
  .cascades({ delete: ["documents", "members", "status_changes", "uploads"] })
  .indexes([
    { name: "IDX_seller_handle_unique", on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_seller_status", on: ["status"] },
  ])

export default Seller
