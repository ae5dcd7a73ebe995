/** SQL fragments with `?` placeholders, as Medusa's manager binds them. */

/** A SQL fragment with `?` placeholders and their values, in order. */
export interface Sql {
  sql: string
  params: unknown[]
}

/** The fragments joined by `separator`, their values in the same order. */
export const joinSql = (parts: Sql[], separator: string): Sql => ({
  sql: parts.map((part) => part.sql).join(separator),
  params: parts.flatMap((part) => part.params),
})

/**
 * A JSON array whose positions have names. The statement builds it (`sql`) and the provider takes
 * it apart (`read`) from the same list of names, so neither side counts positions. Arrays rather
 * than objects: a statement can return thousands of them (one per cell), and keys would be
 * repeated in every one.
 */
export class JsonTuple<N extends string> {
  constructor(readonly names: readonly N[]) {}

  /** `json_build_array(…)` of each name's expression, in order. */
  sql(expression: (name: N) => string): string {
    return `json_build_array(${this.names.map(expression).join(", ")})`
  }

  read(values: readonly unknown[]): Partial<Record<N, unknown>> {
    return Object.fromEntries(this.names.map((name, i) => [name, values[i]])) as Partial<Record<N, unknown>>
  }
}
