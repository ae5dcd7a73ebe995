/**
 * Typo tolerance per word, like Meilisearch's: a word the index doesn't contain is matched by the
 * index words within one edit (two from `min_word_size_for_two_typos` letters). Candidates come
 * from a vocabulary table kept next to each document table (every searchable word of 3+ letters),
 * through its trigram index; the edit distance is checked in text.ts.
 */
import { readDocumentPath } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import type { IndexPlan } from "./medusa"
import type { SqlRunner } from "./facts"
import { unitSql } from "./tsquery"
import { alternativeKey, editVariants, pickCorrections, tokenize, type QueryUnit, type TypoRules } from "./text"

/** A query's misspelt words: their corrections, and the typed forms that match no document. */
export interface Spelling {
  corrections: Map<string, string[]>
  /** `alternativeKey`s of the typed forms that match no document (left out of the tsquery). */
  absent: Set<string>
}

export const NO_SPELLING: Spelling = { corrections: new Map(), absent: new Set() }

/** Meilisearch's defaults, used when the index settings don't say. */
const DEFAULT_TYPO_RULES: TypoRules = { oneTypo: 5, twoTypos: 9 }

/** Trigram neighbours fetched per typed word before the edit-distance check. */
const NEIGHBOURS = 12

export const vocabularyTable = (table: string) => `${table}_vocab`

export function vocabularyDdl(table: string): string[] {
  const vocabulary = vocabularyTable(table)
  return [
    `CREATE TABLE IF NOT EXISTS "${vocabulary}" ("word" text PRIMARY KEY)`,
    `CREATE INDEX IF NOT EXISTS "${vocabulary}_trgm_idx" ON "${vocabulary}" USING GIN ("word" gin_trgm_ops)`,
  ]
}

/** The searchable words of some documents worth a vocabulary entry: 3 letters or more, not numbers. */
export function vocabularyWords(documents: SearchTypes.SearchDocument[], plan: IndexPlan): Set<string> {
  const words = new Set<string>()
  for (const document of documents) {
    for (const path of plan.searchable) {
      for (const value of readDocumentPath(document, path.split("."))) {
        if (typeof value === "string") {
          tokenize(value)
            .filter((word) => word.length >= 3 && !/^[0-9]+$/.test(word))
            .forEach((word) => words.add(word))
        }
      }
    }
  }
  return words
}

/** The index's typo rules, or undefined when the query or the index turns typo tolerance off. */
export function typoRules(input: SearchTypes.ProviderSearchQuery): TypoRules | undefined {
  const typo = input.index.settings.typo_tolerance
  if (!input.q?.trim() || !input.search_options?.typo_tolerance || typo?.enabled === false) {
    return undefined
  }
  return {
    oneTypo: typo?.min_word_size_for_one_typo ?? DEFAULT_TYPO_RULES.oneTypo,
    twoTypos: typo?.min_word_size_for_two_typos ?? DEFAULT_TYPO_RULES.twoTypos,
  }
}

/**
 * Corrections of some typed words: vocabulary words among their trigram neighbours (index scan),
 * or their transposed or shortened spellings found exactly, within the allowed edit distance.
 */
export async function correctWords(db: SqlRunner, table: string, words: string[], rules: TypoRules): Promise<Map<string, string[]>> {
  const vocabulary = vocabularyTable(table)
  const variants = words.flatMap((q) => editVariants(q).map((variant) => ({ q, variant })))
  const rows = (await db.execute(
    `SELECT t.q AS q, v.word AS word
     FROM jsonb_array_elements_text(?::jsonb) AS t(q)
     CROSS JOIN LATERAL (
       SELECT word FROM "${vocabulary}" WHERE word % t.q ORDER BY word <-> t.q LIMIT ${NEIGHBOURS}
     ) v
     UNION
     SELECT e.q, e.variant FROM jsonb_to_recordset(?::jsonb) AS e(q text, variant text)
     JOIN "${vocabulary}" ON "${vocabulary}".word = e.variant`,
    [JSON.stringify(words), JSON.stringify(variants)]
  )) as { q: string; word: string }[]
  const similar = new Map<string, string[]>(words.map((word) => [word, []]))
  rows.forEach((row) => similar.get(row.q)?.push(row.word))
  return pickCorrections(similar, rules)
}

/** Whether some vocabulary word starts with `prefix` (a word still being typed). */
export async function startsAWord(db: SqlRunner, table: string, prefix: string): Promise<boolean> {
  const [row] = (await db.execute(`SELECT EXISTS (SELECT 1 FROM "${vocabularyTable(table)}" WHERE word LIKE ?) AS known`, [
    `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
  ])) as { known: boolean }[]
  return !!row?.known
}

/**
 * The typed forms of corrected words ("badung", and "badung" as a prefix while it is being
 * typed): the alternatives of `units` that contain a corrected word.
 */
export function typedAlternatives(units: QueryUnit[], corrections: Map<string, string[]>): QueryUnit {
  return units.flatMap((unit) => unit.filter((alternative) => alternative.some((term) => corrections.has(term.word))))
}

/**
 * Which of the alternatives match no document of the document table, checked on its text index.
 * Run in a transaction: sequential scans are turned off for it, as a planner expecting a few
 * matches would otherwise scan rows until the first one, and for a form that matches nothing
 * that is every row.
 */
export async function absentFrom(transaction: SqlRunner, table: string, alternatives: QueryUnit): Promise<Set<string>> {
  const params: unknown[] = []
  const checks = alternatives.map((alternative) => `EXISTS (SELECT 1 FROM "${table}" WHERE "search_vector" @@ ${unitSql([alternative], params)})`)
  await transaction.execute(`SET LOCAL enable_seqscan = off`)
  const [row] = (await transaction.execute(`SELECT ARRAY[${checks.join(", ")}] AS found`, params)) as { found: boolean[] }[]
  const found = row?.found ?? []
  return new Set(alternatives.filter((_, i) => found[i] === false).map(alternativeKey))
}
