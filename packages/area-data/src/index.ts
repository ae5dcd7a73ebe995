/**
 * @sentra/area-data: Indonesian administrative areas read from the CSV files of `idn-area-data`.
 * That package is ESM-only, so its JavaScript is never imported: the CSV files are read with fs.
 */
import * as fs from "node:fs"
import * as path from "node:path"

/** Required by the Open Database License of the area data; show it wherever the data is shown. */
export const ATTRIBUTION =
  "Data wilayah (provinsi, kabupaten/kota, kecamatan, kelurahan/desa) dari idn-area-data " +
  "(https://github.com/fityannugroho/idn-area-data) © Fityan dan kontributor, " +
  "dilisensikan di bawah Open Database License (ODbL) v1.0 (https://opendatacommons.org/licenses/odbl/1-0/)."

export interface DistrictRecord {
  code: string
  name: string
  regencyCode: string
  regencyName: string
  provinceCode: string
  provinceName: string
}

interface RegencyRecord {
  code: string
  name: string
  provinceCode: string
}

interface VillageRecord {
  code: string
  districtCode: string
  name: string
}

/**
 * Parses CSV text (RFC 4180): comma separated, fields may be quoted, `""` inside quotes is a quote,
 * quoted fields may contain commas and line breaks. Accepts LF and CRLF. Returns all rows, header included.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let inQuotes = false
  let i = 0
  if (text.charCodeAt(0) === 0xfeff) i = 1 // byte order mark

  while (i < text.length) {
    const char = text[i]
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        inQuotes = false
      } else {
        field += char
      }
      i++
      continue
    }
    if (char === '"') {
      inQuotes = true
    } else if (char === ",") {
      row.push(field)
      field = ""
    } else if (char === "\n" || char === "\r") {
      row.push(field)
      rows.push(row)
      row = []
      field = ""
      if (char === "\r" && text[i + 1] === "\n") i++
    } else {
      field += char
    }
    i++
  }
  if (inQuotes) throw new Error("CSV: unterminated quoted field")
  if (field !== "" || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""))
}

/** Parses CSV text with a header row into objects keyed by the header names. */
function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  if (!header) return []
  return rows.map((cells) => {
    const record: Record<string, string> = {}
    header.forEach((name, i) => {
      record[name] = cells[i] ?? ""
    })
    return record
  })
}

let dataDirCache: string | undefined

/** The `data` folder of the installed idn-area-data package. */
function areaDataDir(): string {
  if (dataDirCache) return dataDirCache
  let dir: string | undefined
  try {
    dir = path.join(path.dirname(require.resolve("idn-area-data/package.json")), "data")
  } catch {
    // Its package.json may one day be hidden behind "exports": look for node_modules upwards instead.
    for (let current = __dirname; ; current = path.dirname(current)) {
      const candidate = path.join(current, "node_modules", "idn-area-data", "data")
      if (fs.existsSync(candidate)) {
        dir = candidate
        break
      }
      if (path.dirname(current) === current) break
    }
  }
  if (!dir || !fs.existsSync(path.join(dir, "districts.csv"))) {
    throw new Error("idn-area-data is not installed: cannot find its data/districts.csv")
  }
  dataDirCache = dir
  return dir
}

const fileCache = new Map<string, Record<string, string>[]>()

function readAreaCsv(fileName: string): Record<string, string>[] {
  let records = fileCache.get(fileName)
  if (!records) {
    records = parseCsvRecords(fs.readFileSync(path.join(areaDataDir(), fileName), "utf8"))
    fileCache.set(fileName, records)
  }
  return records
}

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0

function loadProvinces(): { code: string; name: string }[] {
  return readAreaCsv("provinces.csv")
    .map((r) => ({ code: r.code, name: r.name }))
    .sort(byCode)
}

/** All 514 kabupaten/kota, sorted by code. */
export function loadRegencies(): RegencyRecord[] {
  return readAreaCsv("regencies.csv")
    .map((r) => ({ code: r.code, name: r.name, provinceCode: r.province_code }))
    .sort(byCode)
}

/**
 * The kecamatan of the given kabupaten/kota codes (e.g. "32.73"), sorted by code.
 * Throws an Error naming every unknown regency code.
 */
export function loadDistricts(regencyCodes: string[]): DistrictRecord[] {
  const regencies = new Map(loadRegencies().map((r) => [r.code, r]))
  const unknown = regencyCodes.filter((code) => !regencies.has(code))
  if (unknown.length > 0) {
    throw new Error(`Unknown regency (kabupaten/kota) code(s): ${unknown.join(", ")}`)
  }
  const provinces = new Map(loadProvinces().map((p) => [p.code, p.name]))
  const wanted = new Set(regencyCodes)
  return readAreaCsv("districts.csv")
    .filter((r) => wanted.has(r.regency_code))
    .map((r) => {
      const regency = regencies.get(r.regency_code)!
      return {
        code: r.code,
        name: r.name,
        regencyCode: regency.code,
        regencyName: regency.name,
        provinceCode: regency.provinceCode,
        provinceName: provinces.get(regency.provinceCode) ?? "",
      }
    })
    .sort(byCode)
}

/** The kelurahan/desa of the given kecamatan codes, sorted by code. */
export function loadVillages(districtCodes: string[]): VillageRecord[] {
  const wanted = new Set(districtCodes)
  return readAreaCsv("villages.csv")
    .filter((r) => wanted.has(r.district_code))
    .map((r) => ({ code: r.code, districtCode: r.district_code, name: r.name }))
    .sort(byCode)
}
