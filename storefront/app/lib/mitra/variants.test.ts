import { describe, expect, it } from "vitest"
import { parseVariants, priceRange, rowsFromValues } from "./variants"

/** Form values as the panel posts them: `option_title`, `rows` and per row value, price, stock. */
const form = (option: string, rows: [string, string, string][], extra: Record<string, string> = {}) => ({
  option_title: option,
  rows: String(rows.length),
  ...Object.fromEntries(rows.flatMap(([value, price, stock], i) => [[`row${i}_value`, value], [`row${i}_price`, price], [`row${i}_stock`, stock]])),
  ...extra,
})

describe("parseVariants", () => {
  it("reads one option with a price (25.000 or 25000) and stock per value", () => {
    const { value, errors } = parseVariants(form("Ukuran", [["Kecil", "20.000", "5"], ["Sedang", "25000", "0"], ["Besar", "Rp 30.000", "1.000"]]))
    expect(errors).toEqual({})
    expect(value).toEqual({
      option: "Ukuran",
      removed: [],
      rows: [
        { index: 0, id: null, value: "Kecil", price: 20000, stock: 5 },
        { index: 1, id: null, value: "Sedang", price: 25000, stock: 0 },
        { index: 2, id: null, value: "Besar", price: 30000, stock: 1000 },
      ],
    })
  })

  it("without an option name and one row is a single-price product", () => {
    const { value, errors } = parseVariants(form("", [["", "25.000", "10"]]))
    expect(errors).toEqual({})
    expect(value).toEqual({ option: null, removed: [], rows: [{ index: 0, id: null, value: "", price: 25000, stock: 10 }] })
  })

  it("puts each error next to its row: empty or repeated value, letters in a price, negative or decimal stock", () => {
    const { errors } = parseVariants(form("Rasa", [["Pedas", "25rb", "1"], ["", "20000", "-1"], ["pedas", "20.000", "2,5"]]))
    expect(errors).toEqual({
      row0_price: "mitra.error.price",
      row1_value: "mitra.error.variantValue",
      row1_stock: "mitra.error.stock",
      row2_value: "mitra.error.variantDuplicate",
      row2_stock: "mitra.error.stock",
    })
  })

  it("asks for the option's name once a product has several values", () => {
    expect(parseVariants(form("", [["Kecil", "1", "1"], ["Besar", "2", "1"]])).errors).toEqual({ option_title: "mitra.error.optionTitle" })
    expect(parseVariants(form("x".repeat(61), [["Kecil", "1", "1"]])).errors).toEqual({ option_title: "mitra.error.optionTitle" })
  })

  it("skips an empty new row (an unused 'Tambah pilihan') but needs at least one row", () => {
    expect(parseVariants(form("Ukuran", [["Kecil", "1.000", "1"], ["", "", "0"]])).value.rows).toHaveLength(1)
    expect(parseVariants(form("", [["", "", ""]])).errors).toMatchObject({ rows: "mitra.error.variantsNone" })
  })

  it("on edit keeps the stored option, counts ticked rows as removed and adds new rows", () => {
    const values = form("ignored", [["Kecil", "20.000", "5"], ["Besar", "30.000", "1"], ["Jumbo", "45.000", "2"]], {
      row0_id: "variant_1",
      row1_id: "variant_2",
      row1_remove: "1",
    })
    const { value, errors } = parseVariants(values, "Ukuran")
    expect(errors).toEqual({})
    expect(value).toEqual({
      option: "Ukuran",
      removed: ["variant_2"],
      rows: [
        { index: 0, id: "variant_1", value: "Kecil", price: 20000, stock: 5 },
        { index: 2, id: null, value: "Jumbo", price: 45000, stock: 2 },
      ],
    })
  })

  it("refuses removing every row", () => {
    const values = form("", [["Kecil", "1", "1"]], { row0_id: "variant_1", row0_remove: "1" })
    expect(parseVariants(values, "Ukuran").errors).toEqual({ rows: "mitra.error.variantsNone" })
  })
})

describe("rowsFromValues", () => {
  it("renders the typed rows again, one more after 'Tambah pilihan', never more than 30", () => {
    const values = form("Ukuran", [["Kecil", "20.000", "5"]])
    expect(rowsFromValues(values, 1)).toEqual([
      { id: "", value: "Kecil", price: "20.000", stock: "5", remove: false },
      { id: "", value: "", price: "", stock: "", remove: false },
    ])
    expect(rowsFromValues({ rows: "500" })).toHaveLength(30)
    expect(rowsFromValues({ rows: "abc" })).toHaveLength(1)
  })
})

describe("priceRange", () => {
  it("gives the count and the lowest and highest price", () => {
    expect(priceRange([25000, 20000, 30000])).toEqual({ count: 3, min: 20000, max: 30000 })
    expect(priceRange([])).toBeNull()
  })
})
