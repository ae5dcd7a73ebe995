import { describe, expect, it } from "vitest"
import { formatDateTime, formatDay, formatRupiah, normalizeIndonesianMobile } from "./index.js"

describe("formatRupiah", () => {
  it("writes whole Rupiah with dot thousands separators", () => {
    expect(formatRupiah(25000)).toBe("Rp 25.000")
    expect(formatRupiah(1250000)).toBe("Rp 1.250.000")
    expect(formatRupiah(500)).toBe("Rp 500")
    expect(formatRupiah(0)).toBe("Rp 0")
  })

  it("never shows decimals and rounds stray fractions", () => {
    expect(formatRupiah(15000.6)).toBe("Rp 15.001")
    expect(formatRupiah("18000")).toBe("Rp 18.000")
  })

  it("puts the sign before the currency for negative amounts", () => {
    expect(formatRupiah(-7500)).toBe("-Rp 7.500")
  })

  it("shows a placeholder for missing or invalid amounts", () => {
    expect(formatRupiah(undefined)).toBe("Rp -")
    expect(formatRupiah(null)).toBe("Rp -")
    expect(formatRupiah("abc")).toBe("Rp -")
  })
})

describe("formatDateTime", () => {
  it("shows the time in WIB (UTC+7) with the zone name", () => {
    expect(formatDateTime("2026-11-22T07:05:00Z")).toBe("22 Nov 2026 14.05 WIB")
    // English pages say the month in English (the time stays in WIB).
    expect(formatDateTime("2026-11-22T07:05:00Z", "WIB", "en-GB")).toBe("22 Nov 2026 14:05 WIB")
    expect(formatDateTime("2026-08-17T03:00:00Z", "WIB", "en-GB")).toBe("17 Aug 2026 10:00 WIB")
    expect(formatDateTime("2026-08-17T03:00:00Z")).toBe("17 Agu 2026 10.00 WIB")
  })

  it("supports WITA", () => {
    expect(formatDateTime("2026-11-22T07:05:00Z", "WITA")).toMatch(/15\.05 WITA$/)
  })
})

describe("normalizeIndonesianMobile", () => {
  it("accepts the common ways people write a mobile number", () => {
    expect(normalizeIndonesianMobile("0812-3456-7890")).toBe("6281234567890")
    expect(normalizeIndonesianMobile("+62 812 3456 7890")).toBe("6281234567890")
    expect(normalizeIndonesianMobile("6281234567890")).toBe("6281234567890")
  })

  it("rejects landlines, foreign numbers and wrong lengths", () => {
    expect(normalizeIndonesianMobile("022-2501234")).toBeNull()
    expect(normalizeIndonesianMobile("+6591234567")).toBeNull()
    expect(normalizeIndonesianMobile("08123")).toBeNull()
    expect(normalizeIndonesianMobile("08123456789012345")).toBeNull()
    expect(normalizeIndonesianMobile("bukan nomor")).toBeNull()
  })
})

describe("formatDay", () => {
  it("writes a calendar day with its weekday, whatever the server's zone", () => {
    expect(formatDay("2026-12-12")).toBe("Sabtu, 12 Desember 2026")
    expect(formatDay("2026-12-12", "en-GB")).toMatch(/^Saturday,? 12 December 2026$/)
    expect(formatDay("besok")).toBe("besok")
  })
})
