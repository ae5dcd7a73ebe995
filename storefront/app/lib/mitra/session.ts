/**
 * Pure helpers of the seller panel session (no server imports, so they are unit-tested alone).
 * The session itself lives in `session.server.ts`.
 */

/** What the panel reads from a Medusa JWT (the backend verifies it; the panel only routes on it). */
export interface TokenClaims {
  /** The seller member id; empty for a fresh registration token (no seller yet). */
  actorId: string
  actorType: string
  /** Seconds since the epoch, or null when the token has no expiry. */
  exp: number | null
}

/** Decodes a JWT's payload without verifying it; null when it is not a JWT. */
export function tokenClaims(token: string): TokenClaims | null {
  const parts = token.split(".")
  if (parts.length !== 3) return null
  try {
    const payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")) as Record<string, unknown>
    return {
      actorId: typeof payload.actor_id === "string" ? payload.actor_id : "",
      actorType: typeof payload.actor_type === "string" ? payload.actor_type : "",
      exp: typeof payload.exp === "number" ? payload.exp : null,
    }
  } catch {
    return null
  }
}

/** True when the token is a seller token that has not expired (with a minute of slack). */
export function usableSellerToken(claims: TokenClaims | null, nowMs: number = Date.now()): claims is TokenClaims {
  if (!claims || claims.actorType !== "seller") return false
  return claims.exp === null || claims.exp * 1000 > nowMs + 60_000
}

/**
 * Where to go after signing in: only a panel path of this site (`/mitra…`), never another
 * origin (`//evil.example`, `/\evil`), so `?kembali=` cannot be used as an open redirect.
 */
export function safeReturnPath(value: string | null | undefined): string {
  const path = String(value ?? "")
  if (!/^\/mitra(?:[/?#]|$)/.test(path) || /[\\\s]/.test(path) || path.startsWith("//")) return "/mitra"
  if (/^\/mitra\/(?:masuk|keluar|daftar)(?:[/?#]|$)/.test(path)) return "/mitra"
  return path
}

/** The sign-in URL that brings the seller back to `path` afterwards. */
export function signInUrl(path: string): string {
  const back = safeReturnPath(path)
  return back === "/mitra" ? "/mitra/masuk" : `/mitra/masuk?kembali=${encodeURIComponent(back)}`
}

/** Compares two CSRF tokens in constant time (for equal lengths); empty never matches. */
export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== "string" || !expected || given.length !== expected.length) return false
  let diff = 0
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ given.charCodeAt(i)
  return diff === 0
}

/**
 * A form post comes from this site: its `Origin` (or, without one, its `Referer`) has the
 * request's own host. Browsers send `Origin` on every cross-site POST, so a forged form from
 * another site fails here even before the CSRF token is checked.
 */
export function sameOrigin(request: Request): boolean {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host
  const source = request.headers.get("origin") ?? request.headers.get("referer")
  if (source === "null") return false
  if (!source) return true
  try {
    return new URL(source).host === host
  } catch {
    return false
  }
}
