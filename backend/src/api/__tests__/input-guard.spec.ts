import { nulField } from "../input-guard"

describe("nulField", () => {
  it("names the first string or key holding a NUL, at any depth", () => {
    expect(nulField({ title: "Keripik", variants: [{ sku: "A" }, { sku: "B\u0000" }] })).toBe("variants.1.sku")
    expect(nulField({ options: { "Uku\u0000ran": "100 g" } })).toBe("options.Uku\u0000ran")
    expect(nulField("a\u0000b")).toBe("body")
    let deep: unknown = ["x\u0000"]
    for (let i = 0; i < 20_000; i++) deep = [deep]
    expect(nulField({ tags: deep })).toMatch(/^tags(\.0)+$/)
  })

  it("passes everything else, however hostile", () => {
    const values = [undefined, null, 0, true, "", "'; DROP TABLE seller; --", "\ud800", "e\u0301\u202e\u200b", { a: [1, { b: "ok" }] }]
    expect(values.map(nulField)).toEqual(values.map(() => null))
  })
})
