import { describe, expect, it } from "vitest"
import { ATTRIBUTION, loadDistricts, loadRegencies, parseCsv } from "./index.js"

/** Kota Bandung, Kota Bekasi, Kota Depok, Kota Serang (the seed cities of @sentra/seed-data). */
const SEED_CITIES = ["32.73", "32.75", "32.76", "36.73"]

describe("parseCsv", () => {
  it("handles quoted fields, escaped quotes, commas and line breaks in quotes, CRLF", () => {
    const csv = 'code,name\r\n1,"Ra""as"\r\n2,"Lubuk Pakam I,II"\n3,"two\nlines"\n4,plain\n'
    expect(parseCsv(csv)).toEqual([
      ["code", "name"],
      ["1", 'Ra"as'],
      ["2", "Lubuk Pakam I,II"],
      ["3", "two\nlines"],
      ["4", "plain"],
    ])
  })

  it("keeps empty fields and accepts a missing final newline", () => {
    expect(parseCsv("a,,c\n,b,")).toEqual([
      ["a", "", "c"],
      ["", "b", ""],
    ])
  })
})

describe("areas", () => {
  it("knows real kecamatan with their city and province (checked against the CSV)", () => {
    const byCode = new Map(loadDistricts(SEED_CITIES).map((d) => [d.code, d]))
    expect(byCode.get("32.73.02")).toEqual({
      code: "32.73.02",
      name: "Coblong",
      regencyCode: "32.73",
      regencyName: "Kota Bandung",
      provinceCode: "32",
      provinceName: "Jawa Barat",
    })
    expect(byCode.get("32.73.30")?.name).toBe("Mandalajati")
    expect(byCode.get("32.75.01")).toMatchObject({ name: "Bekasi Timur", regencyName: "Kota Bekasi" })
    expect(byCode.get("32.76.01")).toMatchObject({ name: "Pancoran Mas", regencyName: "Kota Depok" })
    expect(byCode.get("36.73.01")).toMatchObject({
      name: "Serang",
      regencyName: "Kota Serang",
      provinceCode: "36",
      provinceName: "Banten",
    })
  })

  it("loads the kecamatan of any other regency", () => {
    const surabaya = loadDistricts(["35.78"])
    expect(surabaya).toHaveLength(31)
    expect(surabaya[0]).toMatchObject({
      code: "35.78.01",
      name: "Karang Pilang",
      regencyName: "Kota Surabaya",
      provinceName: "Jawa Timur",
    })
    // A quoted name in the CSV: "Ra""as" in Kabupaten Sumenep.
    expect(loadDistricts(["35.29"]).find((d) => d.code === "35.29.22")?.name).toBe('Ra"as')
  })

  it("covers every kecamatan of Indonesia", () => {
    const regencies = loadRegencies()
    expect(regencies).toHaveLength(514)
    expect(regencies.find((r) => r.code === "32.73")).toEqual({ code: "32.73", name: "Kota Bandung", provinceCode: "32" })
    // districts.csv has 7,285 data rows (7,286 lines including the header).
    expect(loadDistricts(regencies.map((r) => r.code))).toHaveLength(7285)
  })

  it("throws an error naming unknown regency codes", () => {
    expect(() => loadDistricts(["32.73", "99.99", "32.7"])).toThrowError(/99\.99, 32\.7/)
  })

  it("exports an ODbL attribution", () => {
    expect(ATTRIBUTION).toMatch(/idn-area-data/)
    expect(ATTRIBUTION).toMatch(/Open Database License/)
  })
})

