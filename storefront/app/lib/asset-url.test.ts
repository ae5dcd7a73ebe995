import { describe, expect, it } from "vitest"
import { backendAssetUrl } from "./asset-url"

const backend = "http://localhost:9000"

describe("backendAssetUrl", () => {
  it("keeps backend and loopback URLs", () => {
    expect(backendAssetUrl("http://localhost:9000/static/kopi.jpg", backend)).toBe(
      "http://localhost:9000/static/kopi.jpg"
    )
    expect(backendAssetUrl("http://127.0.0.1:9000/static/a.png", backend)).toBe(
      "http://127.0.0.1:9000/static/a.png"
    )
  })

  it("resolves relative paths against the backend", () => {
    expect(backendAssetUrl("/static/batik.jpg", backend)).toBe("http://localhost:9000/static/batik.jpg")
  })

  it("drops remote hosts, other schemes and empty values", () => {
    expect(backendAssetUrl("https://cdn.example.com/a.jpg", backend)).toBeNull()
    expect(backendAssetUrl("javascript:alert(1)", backend)).toBeNull()
    expect(backendAssetUrl("", backend)).toBeNull()
    expect(backendAssetUrl(null, backend)).toBeNull()
  })
})
