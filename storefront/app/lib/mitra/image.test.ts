import { describe, expect, it } from "vitest"
import { uploadProblem } from "./image"

/** What the panel's vendor client throws for a refused call (VendorError: status, code). */
const refusal = (status: number, message: string, code?: string) => Object.assign(new Error(message), { status, code })

describe("uploadProblem", () => {
  it("shows a full upload quota (413 upload_quota_exceeded) next to the photo field", () => {
    expect(uploadProblem(refusal(413, "Batas unggahan toko Anda sudah tercapai", "upload_quota_exceeded"))).toBe("mitra.error.photoQuota")
  })

  it("shows a refused image (400) as a wrong photo and leaves other failures to the error page", () => {
    expect(uploadProblem(refusal(400, "Field 'files.0' (a.png): the content is not a PNG image"))).toBe("mitra.error.photo")
    expect(uploadProblem(refusal(403, "Toko Anda sedang dinonaktifkan"))).toBeNull()
    expect(uploadProblem(new Error("fetch failed"))).toBeNull()
    expect(uploadProblem(null)).toBeNull()
  })
})
