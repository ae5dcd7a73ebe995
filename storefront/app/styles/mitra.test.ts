import { readFileSync } from "node:fs"
import postcss from "postcss"
import { describe, expect, it } from "vitest"

describe("styles/mitra.css", () => {
  const root = postcss.parse(readFileSync(new URL("./mitra.css", import.meta.url), "utf8"))

  it("parses, with no rule inside another", () => {
    const nested: string[] = []
    root.walkRules((rule) => {
      if (rule.parent?.type === "rule") nested.push(rule.selector)
    })
    expect(nested).toEqual([])
  })

  it("only styles the panel (every selector is a .mitra… class, a button variant or a keyframe step)", () => {
    const strays: string[] = []
    root.walkRules((rule) => {
      if (rule.parent?.type === "atrule" && (rule.parent as postcss.AtRule).name === "keyframes") return
      for (const selector of rule.selectors) if (!/^\.(mitra|button--danger)/.test(selector.trim())) strays.push(selector)
    })
    expect(strays).toEqual([])
  })
})
