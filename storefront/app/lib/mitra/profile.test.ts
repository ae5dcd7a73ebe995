import { describe, expect, it } from "vitest"
import { imageKind } from "./image"
import { docField, hoursField, parseHolidays, parseProfileForm, profileFieldOf, todayWib } from "./profile"

const CODES = new Set(["32.73.02"])
const form = (entries: [string, string | File][]) => {
  const data = new FormData()
  for (const [key, value] of entries) data.append(key, value)
  return data
}
const valid: [string, string][] = [
  ["name", "Warung Nasi Teh Euis"],
  ["district_code", "32.73.02"],
  ["categories", "kuliner"],
  ["whatsapp", "0812 3456 7890"],
  [hoursField("mon", 0, "open"), "08:00"],
  [hoursField("mon", 0, "close"), "17:00"],
  [hoursField("sat", 0, "open"), "18:00"],
  [hoursField("sat", 0, "close"), "02:00"],
  ["preparation_minutes", "20"],
  ["lead_time_days", "1"],
  ["women_owned", "on"],
  [docField("nib", "number"), "9120000000001"],
  [docField("nib", "expires"), "2030-01-31"],
]

describe("parseProfileForm", () => {
  it("builds the vendor API body", () => {
    const { body, errors } = parseProfileForm(form(valid), CODES)
    expect(errors).toEqual({})
    expect(body).toMatchObject({
      name: "Warung Nasi Teh Euis",
      whatsapp: "6281234567890",
      categories: ["kuliner"],
      women_owned: true,
      new_entrepreneur: false,
      preparation_minutes: 20,
      lead_time_days: 1,
      documents: [{ type: "nib", number: "9120000000001", expires_at: "2030-01-31" }],
    })
    expect(body.opening_hours.mon).toEqual([{ open: "08:00", close: "17:00" }])
    expect(body.opening_hours.sat).toEqual([{ open: "18:00", close: "02:00" }])
    expect(body.opening_hours.sun).toEqual([])
  })

  it("names every bad field", () => {
    const { errors } = parseProfileForm(
      form([
        ["name", "X"],
        ["district_code", "99.99.99"],
        ["whatsapp", "022-2501234"],
        [hoursField("tue", 0, "open"), "08:00"],
        ["preparation_minutes", "lama"],
        [docField("pirt", "expires"), "2030-02-31"],
      ]),
      CODES
    )
    expect(errors).toEqual({
      name: "mitra.error.name",
      district_code: "mitra.error.district",
      categories: "mitra.error.categories",
      whatsapp: "mitra.error.whatsapp",
      hours_tue: "mitra.error.hours",
      preparation_minutes: "mitra.error.preparation",
      [docField("pirt", "expires")]: "mitra.error.date",
      [docField("pirt", "number")]: "mitra.error.docNumber",
    })
  })
})

describe("profileFieldOf", () => {
  it("maps backend paths to form fields", () => {
    expect(profileFieldOf("whatsapp", [])).toBe("whatsapp")
    expect(profileFieldOf("opening_hours.mon.0.open", [])).toBe("hours_mon")
    expect(profileFieldOf("documents.1.number", ["nib", "halal"])).toBe(docField("halal", "number"))
  })
})

describe("imageKind", () => {
  it("knows JPEG, PNG and WebP by their bytes, nothing else", () => {
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg")
    expect(imageKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe("png")
    expect(imageKind(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("webp")
    expect(imageKind(new TextEncoder().encode("%PDF-1.7"))).toBeNull()
    expect(imageKind(new TextEncoder().encode("<svg xmlns="))).toBeNull()
  })
})

describe("holiday dates", () => {
  it("reads one date per line (or commas), sorted and unique; any bad date refuses all", () => {
    expect(parseHolidays("2026-12-25\n2026-12-24, 2026-12-25")).toEqual(["2026-12-24", "2026-12-25"])
    expect(parseHolidays("")).toEqual([])
    expect(parseHolidays("2026-12-25\nnatal")).toBeNull()
    expect(parseHolidays("2026-02-30")).toBeNull()
  })

  it("today is the WIB date (UTC+7)", () => {
    expect(todayWib(new Date("2026-12-04T16:59:00Z"))).toBe("2026-12-04")
    expect(todayWib(new Date("2026-12-04T17:00:00Z"))).toBe("2026-12-05")
  })
})
