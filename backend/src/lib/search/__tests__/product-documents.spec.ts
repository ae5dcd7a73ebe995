import { describe, expect, it } from "vitest"
import { toProductDocument } from "../product-documents"

const now = new Date("2026-11-22T12:00:00Z")

const row = {
  id: "prod_1",
  handle: "keripik-pedas",
  title: "Keripik Pedas",
  status: "published",
  created_at: "2026-11-01T00:00:00.000Z",
  sales_channels: [{ id: "sc_store" }, null],
  tags: [{ value: "pedas" }],
  categories: [{ handle: "keripik-camilan", name: "Keripik & Camilan", parent_category: { handle: "kuliner", name: "Kuliner" } }],
  variants: [
    {
      manage_inventory: true,
      allow_backorder: false,
      prices: [
        { amount: 20000, currency_code: "idr" },
        { amount: 15000, currency_code: "idr", price_list_id: "plist_sale" },
        { amount: 2, currency_code: "usd" },
      ],
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 5, reserved_quantity: 5 }] } }],
    },
    {
      manage_inventory: true,
      prices: [{ amount: 38000, currency_code: "idr" }],
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 3, reserved_quantity: 1 }] } }],
    },
  ],
  seller: {
    id: "sel_1",
    handle: "keripik-kang-ipul",
    name: "Keripik Kang Ipul",
    women_owned: false,
    new_entrepreneur: true,
    time_zone: "Asia/Jakarta",
    opening_hours: { mon: [{ open: "08:00", close: "09:00" }] },
    holiday_closures: [],
    documents: [
      { type: "nib", verified: true, expires_at: null },
      { type: "pirt", verified: true, expires_at: "2026-06-22T00:00:00.000Z" },
      { type: "halal", verified: false, expires_at: null },
    ],
    district: { code: "32.75.01", name: "Bekasi Utara", regency_code: "32.75", regency_name: "Kota Bekasi" },
  },
}

describe("product search documents", () => {
  it("denormalizes seller, kecamatan, categories, price, stock, badges and cohort", () => {
    expect(toProductDocument(row, now)).toMatchObject({
      id: "prod_1",
      sales_channel_ids: ["sc_store"],
      tags: ["pedas"],
      category_handles: ["keripik-camilan", "kuliner"],
      category_names: ["Keripik & Camilan", "Kuliner"],
      main_category: "kuliner",
      seller_handle: "keripik-kang-ipul",
      district_code: "32.75.01",
      city: "Kota Bekasi",
      city_code: "32.75",
      price: 20000,
      in_stock: true,
      badges: ["nib"],
      cohorts: ["new_entrepreneur"],
      open_slots: [4, 5, 6, 7],
      created_at: "2026-11-01T00:00:00.000Z",
    })
  })

  it("is out of stock when every managed variant has nothing left to sell, and unpriced without an IDR price", () => {
    const soldOut = { ...row, variants: [row.variants[0]] }
    expect(toProductDocument(soldOut, now).in_stock).toBe(false)
    const backorder = { ...row, variants: [{ ...row.variants[0], allow_backorder: true }] }
    expect(toProductDocument(backorder, now).in_stock).toBe(true)
    expect(toProductDocument({ ...row, variants: [{ prices: [{ amount: 2, currency_code: "usd" }] }] }, now).price).toBeNull()
  })
})
