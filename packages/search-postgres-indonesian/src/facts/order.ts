import { columnOf, isArrayFact, unsupported, type Facts, type FactType } from "./layout"

/**
 * ORDER BY on the facts columns (and `score`), ties broken by id so pages never overlap.
 * `unindexed` sorts by the same values through expressions no index matches, so the planner
 * sorts the matches instead of walking an index.
 */
export function factsOrder(order: Record<string, string> | undefined, facts: Facts, hasScore: boolean, unindexed = false): string {
  const ref = (name: string, type: FactType | "id") =>
    !unindexed ? `"${name}"` : type === "float8" ? `("${name}" + 0)` : type === "boolean" ? `("${name}" OR FALSE)` : `("${name}" || '')`
  const id = `${ref("id", "id")} ASC`
  const entries = Object.entries(order ?? {})
  if (!entries.length) {
    return hasScore ? `score DESC NULLS LAST, ${id}` : id
  }
  const clauses = entries.map(([property, direction]) => {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (property === "_score") return `score ${dir} NULLS LAST`
    const fact = columnOf(facts, property)
    return isArrayFact(fact) ? unsupported(`sort by array "${property}"`) : `${ref(fact.column, fact.type)} ${dir} NULLS LAST`
  })
  if (!entries.some(([property]) => property === "id")) clauses.push(id)
  return clauses.join(", ")
}
