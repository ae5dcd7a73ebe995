import { createHash, timingSafeEqual } from "node:crypto"
import { EXPOSURE_SECRET_HEADER } from "@sentra/vocabulary"
import { exposureSecret } from "../production"

const digest = (value: string) => createHash("sha256").update(value).digest()

/**
 * Whether a request comes from Sentra's storefront server: it carries SENTRA_EXPOSURE_SECRET in
 * its header (compared in constant time). Only the storefront server holds it.
 */
export function fromStorefront(headers: Record<string, string | string[] | undefined>, env: Record<string, string | undefined> = process.env): boolean {
  const given = headers[EXPOSURE_SECRET_HEADER]
  return typeof given === "string" && timingSafeEqual(digest(given), digest(exposureSecret(env)))
}
