import { reconcileChildren } from "../workflows/order/steps/prepare-seller-split"

const child = (id: string, seller_id: string | null, created_at: string, ticketed: boolean) => ({ id, seller_id, created_at, ticketed, linked: ticketed })

describe("reconcileChildren: what a split keeps of the seller orders a cut-off split left", () => {
  it("keeps a seller's recorded order, discards its unrecorded copies, and never touches recorded ones of unknown sellers", () => {
    const { kept, discarded } = reconcileChildren(
      [
        child("o3", "s1", "2026-12-04T10:00:03Z", false),
        child("o1", "s1", "2026-12-04T10:00:01Z", true),
        child("o9", "s9", "2026-12-04T10:00:00Z", true),
      ],
      ["s1", "s2"]
    )
    expect([...kept].map(([seller, c]) => [seller, c.id])).toEqual([["s1", "o1"]])
    expect(discarded).toEqual(["o3"])
  })

  it("adopts a seller's oldest unrecorded order when none is recorded", () => {
    const { kept, discarded } = reconcileChildren(
      [child("o5", "s2", "2026-12-04T10:00:05Z", false), child("o4", "s2", "2026-12-04T10:00:04Z", false), child("o6", null, "2026-12-04T10:00:06Z", false)],
      ["s1", "s2"]
    )
    expect(kept.get("s2")?.id).toBe("o4")
    expect(kept.has("s1")).toBe(false)
    expect(discarded.sort()).toEqual(["o5", "o6"])
  })
})
