import { readFileSync } from "node:fs"
import postcss from "postcss"
import { describe, expect, it } from "vitest"

describe("styles.css", () => {
  it("parses: every block is closed and no rule sits inside another (a bad merge once split two rules)", () => {
    const css = readFileSync(new URL("./styles.css", import.meta.url), "utf8")
    const root = postcss.parse(css)
    const nested: string[] = []
    root.walkRules((rule) => {
      if (rule.parent?.type === "rule") nested.push(`${rule.selector} (line ${rule.source?.start?.line})`)
    })
    expect(nested).toEqual([])
    expect(root.nodes.length).toBeGreaterThan(100)
  })
})
