import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * PostgreSQL text cannot hold a NUL character (U+0000): a value carrying one reaches the database
 * and fails there, which answered 500 on every route that stores or looks up a string (found by the
 * hostile-input corpus, issue 18). No legitimate input contains it, so it is refused at the door.
 */
const NUL = "\u0000"

/** The path ("a.b.0") of the first string or key holding a NUL in a parsed JSON body; null when none. */
export function nulField(body: unknown): string | null {
  // Iterative: a hostile body may nest ten thousand levels deep.
  const pending: [unknown, string][] = [[body, ""]]
  while (pending.length) {
    const [value, path] = pending.pop()!
    if (typeof value === "string") {
      if (value.includes(NUL)) return path || "body"
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        const innerPath = path ? `${path}.${key}` : key
        if (key.includes(NUL)) return innerPath
        pending.push([inner, innerPath])
      }
    }
  }
  return null
}

/** Every route: 400 naming the field when the body, the query or the path carries a NUL. */
export function refuseNulInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (/%00/i.test(req.originalUrl)) {
    res.status(400).json({ type: "invalid_data", message: "The address (path or query) must not contain a NUL character (%00)." })
    return
  }
  const field = nulField(req.body)
  if (field !== null) {
    res.status(400).json({ type: "invalid_data", message: `Field '${field}' must not contain a NUL character (\\u0000).` })
    return
  }
  next()
}
