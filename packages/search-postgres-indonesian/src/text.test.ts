import { describe, expect, it } from "vitest"
import { alternativeKey, editDistance, editVariants, IndonesianText, pickCorrections, tokenize, typoCandidates, withoutAlternatives } from "./text"

/** A few groups and protected words as the backend's dictionary has them. */
const SYNONYMS = [
  ["keripik", "kripik"],
  ["pedas", "pedes", "spicy"],
  ["gula aren", "gula merah", "palm sugar"],
  ["kopi", "coffee"],
  ["kemeja", "shirt"],
]
const PROTECTED_WORDS = ["kemeja", "keripik"]

const text = new IndonesianText({ synonyms: SYNONYMS, protected_words: PROTECTED_WORDS })
const words = (unit: { word: string; exact: boolean; prefix: boolean }[][]) =>
  unit.map((alternative) => alternative.map((t) => `${t.word}${t.exact ? "!" : ""}${t.prefix ? "*" : ""}`).join("+"))

describe("Indonesian query text", () => {
  it("tokenizes like PostgreSQL's parser: lower case, no accents, hyphenated words whole", () => {
    expect(tokenize("Oleh-oleh KHAS Bandung, Café 30s!")).toEqual(["oleh-oleh", "khas", "bandung", "cafe", "30s"])
  })

  it("indexes protected words apart from the stemmed text, keeping offsets", () => {
    const { stemmed, exact } = text.splitForIndexing("Kemeja Batik dan Taplak Meja")
    expect(exact).toBe("kemeja")
    expect(stemmed).toBe("       Batik dan Taplak Meja")
    expect(text.splitForIndexing("Sambal Bawang")).toEqual({ stemmed: "Sambal Bawang", exact: "" })
  })

  it("plans a query as units of alternatives: synonyms, phrases, protected words", () => {
    const [kripik, pedas] = text.planQuery("kripik pedas")
    expect(words(kripik)).toEqual(["keripik!", "kripik"])
    expect(words(pedas)).toEqual(["pedas", "pedes", "spicy"])
    const [phrase] = text.planQuery("gula aren")
    expect(words(phrase)).toEqual(["gula+aren", "gula+merah", "palm+sugar"])
    expect(words(text.planQuery("kemeja")[0])).toEqual(["kemeja!", "shirt"])
  })

  it("matches the last word as a prefix, stemmed and exact, with the typeahead strategy", () => {
    const units = text.planQuery("batik cig", "last")
    expect(words(units[0])).toEqual(["batik"])
    expect(words(units[1])).toEqual(["cig", "cig*", "cig!*"])
  })

  it("adds a misspelt word's corrections, with their synonyms", () => {
    const [unit] = text.planQuery("kopii", "all", new Map([["kopii", ["kopi"]]]))
    expect(words(unit)).toEqual(["kopii", "kopi", "coffee"])
  })

  it("leaves out a misspelt word's own forms that match no document, never a whole unit", () => {
    const units = text.planQuery("kopi badung", "last", new Map([["badung", ["bandung"]]]))
    expect(words(units[1])).toEqual(["badung", "bandung", "badung*", "badung!*"])
    const absent = new Set(units[1].filter((alternative) => alternative[0].word === "badung").map(alternativeKey))
    const [kopi, badung] = withoutAlternatives(units, absent)
    expect(words(kopi)).toEqual(["kopi", "coffee"])
    expect(words(badung)).toEqual(["bandung"])
    // A unit none of whose alternatives matches anything still matches nothing, as typed.
    const lost = text.planQuery("zzzq")
    expect(withoutAlternatives(lost, new Set(lost[0].map(alternativeKey)))).toEqual(lost)
    expect(withoutAlternatives(units, undefined)).toBe(units)
  })
})

describe("typo corrections", () => {
  it("measures edits with adjacent transpositions", () => {
    expect(editDistance("rendng", "rendang")).toBe(1)
    expect(editDistance("bmabu", "bambu")).toBe(1)
    expect(editDistance("batk", "batik")).toBe(1)
    expect(editDistance("kripk", "keripik")).toBe(2)
  })

  it("generates transposed and shortened spellings", () => {
    expect(editVariants("bmabu")).toContain("bambu")
    expect(editVariants("kopii")).toContain("kopi")
  })

  it("corrects only unknown words long enough for a typo, within the allowed distance", () => {
    const rules = { oneTypo: 4, twoTypos: 8 }
    expect(typoCandidates("tas rendng 2024", rules)).toEqual(["rendng"])
    const similar = new Map([
      ["rendng", ["rendang", "renyah"]],
      ["kopi", ["kopi", "kopiah"]],
      ["anyaman", ["anyaman"]],
      ["kerajnanan", ["kerajinan"]],
    ])
    expect(pickCorrections(similar, rules)).toEqual(
      new Map([
        ["rendng", ["rendang"]],
        ["kerajnanan", ["kerajinan"]],
      ])
    )
  })
})
