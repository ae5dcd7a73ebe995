const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"])

/**
 * Product images are served by the Medusa backend (e.g. http://localhost:9000/static/...).
 * Keeps URLs on the backend's origin or on this machine, resolves relative paths against the
 * backend, and drops anything else so the page never loads a remote asset.
 */
export function backendAssetUrl(
  url: string | null | undefined,
  backendUrl: string
): string | null {
  if (!url) return null
  let resolved: URL
  try {
    resolved = new URL(url, backendUrl)
  } catch {
    return null
  }
  if (resolved.protocol !== "http:" && resolved.protocol !== "https:") return null
  const sameOrigin = resolved.origin === new URL(backendUrl).origin
  return sameOrigin || LOOPBACK_HOSTS.has(resolved.hostname) ? resolved.href : null
}
