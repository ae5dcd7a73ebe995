import { describe, expect, it } from "vitest"
import { backendFieldPaths, parseDate, parseRupiah, parseTime, parseWhole } from "./input"

describe("parseRupiah", () => {
  it("reads prices as sellers type them", () => {
    expect(parseRupiah("25.000")).toBe(25000)
    expect(parseRupiah("25000")).toBe(25000)
    expect(parseRupiah("Rp 25.000")).toBe(25000)
    expect(parseRupiah("rp25.000")).toBe(25000)
    expect(parseRupiah(" 1.250.000 ")).toBe(1250000)
    expect(parseRupiah("25 000")).toBe(25000)
    expect(parseRupiah("0")).toBe(0)
  })

  it("refuses letters, decimals, bad grouping, negatives and empty input", () => {
    for (const bad of ["", "abc", "25rb", "25.00", "2.50", "25,000", "25.5", "-5000", "12.3456", "1e5", null, undefined]) {
      expect(parseRupiah(bad), String(bad)).toBeNull()
    }
  })

  it("refuses absurd amounts", () => {
    expect(parseRupiah("1.000.000.001")).toBeNull()
  })
})

describe("parseWhole", () => {
  it("reads whole numbers in range", () => {
    expect(parseWhole("7", 0, 10)).toBe(7)
    expect(parseWhole("1.000", 0, 5000)).toBe(1000)
  })
  it("refuses fractions, letters and numbers out of range", () => {
    expect(parseWhole("1,5", 0, 10)).toBeNull()
    expect(parseWhole("lima", 0, 10)).toBeNull()
    expect(parseWhole("11", 0, 10)).toBeNull()
    expect(parseWhole("-1", 0, 10)).toBeNull()
  })
})

describe("parseTime and parseDate", () => {
  it("accept HH:MM (a dot too) and 24:00, refuse the rest", () => {
    expect(parseTime("08:00")).toBe("08:00")
    expect(parseTime("8.30")).toBe("08:30")
    expect(parseTime("24:00")).toBe("24:00")
    expect(parseTime("24:30")).toBeNull()
    expect(parseTime("12:60")).toBeNull()
    expect(parseTime("siang")).toBeNull()
  })
  it("accept real dates only", () => {
    expect(parseDate("2027-02-28")).toBe("2027-02-28")
    expect(parseDate("2027-02-30")).toBeNull()
    expect(parseDate("28/02/2027")).toBeNull()
  })
})

describe("backendFieldPaths", () => {
  it("finds the fields Sentra's and Medusa's 400 messages name", () => {
    expect(backendFieldPaths("Field 'whatsapp' must be an Indonesian mobile number")).toEqual(["whatsapp"])
    expect(backendFieldPaths("Invalid request: Expected type: 'int' for field 'variants, 0, price', got: 'string'")).toEqual(["variants.0.price"])
    expect(backendFieldPaths("Field 'opening_hours.mon.0' overlaps; Field 'documents.1.number' is required")).toEqual([
      "opening_hours.mon.0",
      "documents.1.number",
    ])
    expect(backendFieldPaths("Something else")).toEqual([])
  })
})
