import { CLIENT_IP_HEADER, EXPOSURE_SECRET_HEADER } from "@sentra/vocabulary"
import { env } from "~/lib/env.server"
import { notFound } from "~/lib/not-found.server"
import { backendFieldPaths } from "./input"
import { toSignIn, type SellerSession } from "./session.server"

/** A refusal of the backend (4xx) with its message and the fields it names. */
export class VendorError extends Error {
  readonly fields: string[]
  constructor(
    readonly status: number,
    message: string,
    /** The backend's error code, e.g. `upload_quota_exceeded`. */
    readonly code?: string
  ) {
    super(message)
    this.fields = backendFieldPaths(message)
  }
}

type Query = Record<string, string | number | undefined>

interface CallOptions {
  method?: "GET" | "POST" | "DELETE"
  query?: Query
  /** JSON body. */
  json?: unknown
  /** Multipart body (uploads). */
  form?: FormData
  token?: string
  /** The visitor this call is made for (see visitorHeaders). */
  visitor?: Request
}

const TIMEOUT_MS = 15_000

async function call<T>(path: string, options: CallOptions): Promise<T> {
  const url = new URL(`${env.MEDUSA_BACKEND_URL}${path}`)
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== "") url.searchParams.set(key, String(value))
  }
  const headers: Record<string, string> = { accept: "application/json" }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.json !== undefined) headers["content-type"] = "application/json"
  if (options.visitor) Object.assign(headers, visitorHeaders(options.visitor))
  const response = await fetch(url, {
    method: options.method ?? "GET",
    headers,
    body: options.form ?? (options.json !== undefined ? JSON.stringify(options.json) : undefined),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  const body = (await response.json().catch(() => ({}))) as { message?: string; code?: string } & T
  if (!response.ok) throw new VendorError(response.status, String(body.message ?? response.statusText), typeof body.code === "string" ? body.code : undefined)
  return body
}

/**
 * The visitor's address: the X-Forwarded-For entry `hops` back from the end (each trusted proxy
 * appends the address it saw); null when no proxy is trusted or the header is shorter.
 */
export function visitorAddress(forwardedFor: string | null, hops: number): string | null {
  if (hops < 1 || !forwardedFor) return null
  const chain = forwardedFor.split(",").map((part) => part.trim()).filter(Boolean)
  return chain.length >= hops ? chain[chain.length - hops] : null
}

/**
 * Seller sign-in, registration, reset and onboarding reach the backend from this server's address
 * for every visitor: the backend's per-IP limit (decision 103) counts the visitor's address we name
 * here, believed because our secret comes with it, or per account only when we know none.
 */
function visitorHeaders(request: Request): Record<string, string> {
  const address = visitorAddress(request.headers.get("x-forwarded-for"), env.SENTRA_TRUST_PROXY_HOPS)
  return { [EXPOSURE_SECRET_HEADER]: env.SENTRA_EXPOSURE_SECRET, ...(address ? { [CLIENT_IP_HEADER]: address } : {}) }
}

/** The backend refused an attempt as one too many (login, registration, reset: `429`, decision 103). */
export const isRateLimited = (error: unknown) => error instanceof VendorError && error.status === 429

/** Medusa's seller auth routes (`/auth/seller/emailpass…`); no session involved. */
export function sellerAuth<T = { token: string }>(
  visitor: Request,
  path: "" | "/register" | "/reset-password" | "/update",
  json: unknown,
  token?: string
): Promise<T> {
  return call<T>(`/auth/seller/emailpass${path}`, { method: "POST", json, token, visitor })
}

/** Exchanges a token for a fresh one that carries the identity's current seller member. */
export async function refreshToken(token: string): Promise<string> {
  return (await call<{ token: string }>("/auth/token/refresh", { method: "POST", token })).token
}

/**
 * A `/vendor` call as the signed-in seller. The backend's scoping decides what is theirs: an id
 * from a form only names what to touch. `401` (expired or revoked) → sign in and come back.
 */
export async function vendor<T>(request: Request, session: SellerSession, path: string, options: Omit<CallOptions, "token"> = {}): Promise<T> {
  try {
    return await call<T>(`/vendor${path}`, { ...options, token: session.token, visitor: request })
  } catch (error) {
    if (error instanceof VendorError && error.status === 401) return toSignIn(request)
    throw error
  }
}

/** For a loader: another seller's (or an unknown) resource is the route's "not found" page. */
export function rethrowNotFound(error: unknown): never {
  if (error instanceof VendorError && error.status === 404) throw notFound()
  throw error
}
