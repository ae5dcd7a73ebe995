import { createCookie, redirect } from "@remix-run/node"
import { randomBytes } from "node:crypto"
import { env } from "~/lib/env.server"
import { csrfMatches, sameOrigin, signInUrl, tokenClaims, usableSellerToken, type TokenClaims } from "./session"

/**
 * The seller's session (docs/decisions/094): the seller JWT and a CSRF token in their own signed,
 * httpOnly cookie `sentra_mitra` — never in the page or the browser bundle, and apart from the
 * shopper's `sentra_cart`/`sentra_orders` cookies, so the two sessions never mix.
 */
const sellerCookie = createCookie("sentra_mitra", {
  httpOnly: true,
  sameSite: "lax",
  // "/" and not "/mitra": Single Fetch reads the panel home's data from `/mitra.data`.
  path: "/",
  secure: process.env.NODE_ENV === "production",
  secrets: [env.SESSION_SECRET],
  maxAge: 60 * 60 * 24 * 7,
})

export interface SellerSession {
  token: string
  csrf: string
  claims: TokenClaims
}

/** The session behind the cookie, or null (none, tampered, not a seller token, or expired). */
export async function readSellerSession(request: Request): Promise<SellerSession | null> {
  const value = await sellerCookie.parse(request.headers.get("Cookie"))
  if (!value || typeof value.token !== "string" || typeof value.csrf !== "string") return null
  const claims = tokenClaims(value.token)
  return usableSellerToken(claims) ? { token: value.token, csrf: value.csrf, claims } : null
}

/** Set-Cookie for a fresh session (a new CSRF token with every sign-in). */
export function startSellerSession(token: string): Promise<string> {
  return sellerCookie.serialize({ token, csrf: randomBytes(24).toString("base64url") })
}

/** Set-Cookie for a new token in the same session (after onboarding), keeping the CSRF token. */
export function renewSellerSession(session: SellerSession, token: string): Promise<string> {
  return sellerCookie.serialize({ token, csrf: session.csrf })
}

export function endSellerSession(): Promise<string> {
  return sellerCookie.serialize("", { maxAge: 0 })
}

const here = (request: Request) => {
  const url = new URL(request.url)
  return `${url.pathname}${url.search}`
}

/** Sends the seller to sign in and back here, clearing a dead session cookie. */
export async function toSignIn(request: Request): Promise<never> {
  throw redirect(signInUrl(here(request)), { headers: { "Set-Cookie": await endSellerSession() } })
}

/**
 * The signed-in seller, for a panel loader or action; otherwise a redirect to sign in (and back).
 * `onboarded: true` (the default) also requires a seller: a fresh login goes to onboarding.
 */
export async function requireSeller(request: Request, { onboarded = true } = {}): Promise<SellerSession> {
  const session = await readSellerSession(request)
  if (!session) return toSignIn(request)
  if (onboarded && !session.claims.actorId) throw redirect("/mitra/mulai")
  return session
}

/** A form post that may change something: same origin and the session's CSRF token. */
export async function requireSellerForm(request: Request, options?: { onboarded?: boolean }): Promise<{ session: SellerSession; form: FormData }> {
  const session = await requireSeller(request, options)
  const form = await request.formData()
  if (!sameOrigin(request) || !csrfMatches(session.csrf, form.get("_csrf"))) {
    throw new Response("Formulir kedaluwarsa. Muat ulang halaman, lalu coba lagi.", { status: 403 })
  }
  return { session, form }
}

/** A sign-in/registration/reset form (no session yet): must come from this site. */
export async function requirePublicForm(request: Request): Promise<FormData> {
  if (!sameOrigin(request)) throw new Response("Forbidden", { status: 403 })
  return request.formData()
}
