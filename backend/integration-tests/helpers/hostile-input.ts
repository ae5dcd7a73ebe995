/**
 * The hostile-input corpus (issue 18): for one route, requests that are each wrong in one way,
 * built from the route's valid example and from the fields its validators declare.
 */
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { z } from "@medusajs/framework/zod"

export interface HostileCase {
  label: string
  path: string
  query?: string
  /** Raw request text, sent as application/json (it may be malformed on purpose). */
  body?: string
}

type JsonSchema = { properties?: Record<string, unknown>; anyOf?: JsonSchema[]; allOf?: JsonSchema[]; oneOf?: JsonSchema[] }

function propertiesOf(schema: JsonSchema | undefined, into: Set<string>) {
  if (!schema || typeof schema !== "object") return
  Object.keys(schema.properties ?? {}).forEach((name) => into.add(name))
  for (const part of [...(schema.anyOf ?? []), ...(schema.allOf ?? []), ...(schema.oneOf ?? [])]) propertiesOf(part, into)
}

/**
 * The field names every zod schema exported by the route's nearest `validators.ts` declares (the
 * route's folder, then its parents up to the area), read through zod's JSON Schema export.
 */
export function validatorFields(apiDir: string, pattern: string): string[] {
  const folders = pattern.split("/").filter(Boolean).map((part) => (part.startsWith(":") ? `[${part.slice(1)}]` : part))
  const fields = new Set<string>()
  for (let dir = join(apiDir, ...folders); dir.length > apiDir.length; dir = dirname(dir)) {
    const file = join(dir, "validators.ts")
    if (!existsSync(file)) continue
    for (const exported of Object.values(require(file) as Record<string, unknown>)) {
      if (!exported || typeof (exported as { safeParse?: unknown }).safeParse !== "function") continue
      try {
        propertiesOf(z.toJSONSchema(exported as z.ZodType, { io: "input", unrepresentable: "any" }) as JsonSchema, fields)
      } catch {
        // A schema JSON Schema cannot express (e.g. a lazy one): its fields come from the example body.
      }
    }
    break
  }
  return [...fields].sort()
}

const MEGABYTE = "x".repeat(1024 * 1024)
const DEEP = `${"[".repeat(10_000)}${"]".repeat(10_000)}`

/** Values every field gets in turn: wrong types, edge numbers, strings PostgreSQL or HTML may choke on. */
const FIELD_VALUES: [string, unknown][] = [
  ["a NUL byte", "a\u0000b"],
  ["a lone surrogate", "\ud800x"],
  ["SQL", "'; DROP TABLE seller; --"],
  ["HTML", '<img src=x onerror="alert(1)">'],
  ["combining, bidi and zero-width characters", "e\u0301\u202e\u200b\ufeff🍜"],
  ["1 MB of text", MEGABYTE],
  ["a number", 42],
  ["a negative number", -1],
  ["1e308", 1e308],
  ["2^64", 2 ** 64],
  ["a fraction", 0.5],
  ["true", true],
  ["null", null],
  ["an empty object", {}],
  ["an operator object", { $ne: null }],
  ["an empty array", []],
  ["10,000 array items", Array.from({ length: 10_000 }, () => "a")],
]

/** Query values, as they appear after `field=` (already URL-encoded). */
const QUERY_VALUES: [string, (field: string) => string][] = [
  ["-1", (f) => `${f}=-1`],
  ["1e400", (f) => `${f}=1e400`],
  ["20 digits", (f) => `${f}=99999999999999999999`],
  ["a NUL byte", (f) => `${f}=a%00b`],
  ["SQL", (f) => `${f}=${encodeURIComponent("' OR '1'='1'; DROP TABLE seller; --")}`],
  ["8 KB", (f) => `${f}=${"x".repeat(8 * 1024)}`],
  ["an array", (f) => `${f}[]=a&${f}[]=b`],
  ["an operator object", (f) => `${f}[$ne]=1`],
  ["nesting", (f) => `${f}[a][b][c][d][e][f][g]=1`],
  ["bad percent-encoding", (f) => `${f}=%E0%A4%A`],
]

/** Path parameter values (already URL-encoded). */
const PARAM_VALUES: [string, string][] = [
  ["SQL", encodeURIComponent("' OR '1'='1")],
  ["a NUL byte", "a%00b"],
  ["2,000 characters", "x".repeat(2000)],
  ["a traversal", "..%2F..%2Fetc%2Fpasswd"],
  ["an emoji", "%F0%9F%8D%9C"],
  ["bad percent-encoding", "%E0%A4%A"],
]

/** Query fields tried on every GET route besides its validators' own: the list and search conventions. */
const COMMON_QUERY_FIELDS = ["q", "limit", "offset", "order", "fields"]

/** Whole bodies that are wrong before any field is read. */
const wholeBodies = (valid: string): [string, string][] => [
  ["malformed JSON", '{"title": "Keripik'],
  ["a JSON array", "[]"],
  ["a JSON string", '"halo"'],
  ["JSON null", "null"],
  ["10,000 nested arrays", DEEP],
  ["a duplicated key", valid === "{}" ? '{"a": 1, "a": {"$ne": null}}' : `${valid.slice(0, -1)}, ${JSON.stringify(valid.match(/^\{"([^"]+)"/)?.[1] ?? "a")}: {"$ne": null}}`],
  ["__proto__", `{"__proto__": {"is_admin": true, "seller_id": "sel_lain"}${valid === "{}" ? "" : `, ${valid.slice(1)}`}`],
  ["constructor.prototype", `{"constructor": {"prototype": {"is_admin": true}}${valid === "{}" ? "" : `, ${valid.slice(1)}`}`],
]

/**
 * Every hostile request for one route. `pattern` is the route's path with `:params`, `path` the
 * same path with valid values; `example` a valid body (POST), or undefined for a multipart route
 * whose body is not JSON.
 */
export function hostileCases(
  method: string,
  pattern: string,
  params: Record<string, string>,
  example: Record<string, unknown> | undefined,
  fields: string[]
): HostileCase[] {
  const pathWith = (overrides: Record<string, string> = {}) =>
    pattern.replace(/:(\w+)/g, (_, name: string) => overrides[name] ?? encodeURIComponent(params[name]))
  const path = pathWith()
  const cases: HostileCase[] = []
  for (const name of [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1])) {
    for (const [label, value] of PARAM_VALUES) cases.push({ label: `:${name} = ${label}`, path: pathWith({ [name]: value }) })
  }
  if (method === "GET") {
    for (const field of [...new Set([...fields, ...COMMON_QUERY_FIELDS])]) {
      for (const [label, query] of QUERY_VALUES) cases.push({ label: `?${field} = ${label}`, path, query: query(field) })
    }
    return cases
  }
  if (method === "DELETE" || !example) return cases
  const valid = JSON.stringify(example)
  for (const [label, body] of wholeBodies(valid)) cases.push({ label: `body: ${label}`, path, body })
  for (const field of [...new Set([...Object.keys(example), ...fields])]) {
    for (const [label, value] of FIELD_VALUES) cases.push({ label: `${field} = ${label}`, path, body: JSON.stringify({ ...example, [field]: value }) })
    const deep = JSON.stringify({ ...example, [field]: "\u0001deep" }).replace('"\\u0001deep"', DEEP)
    cases.push({ label: `${field} = 10,000 nested arrays`, path, body: deep })
  }
  return cases
}
