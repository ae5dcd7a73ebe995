/**
 * The facts and cells tables of an index, and the one statement that answers a group of store
 * searches from them (README.md, "Glossary").
 *
 * - layout.ts: which fields get a column, of which type, in which table;
 * - ddl.ts: the tables, the trigger that keeps them in step with Medusa's document table, indexes;
 * - upkeep.ts: (re)building them when the layout changes, their planner statistics, dropping them;
 * - where.ts, order.ts: Medusa's filters and sorts on their columns;
 * - statement.ts: the statement, built step by step;
 * - results.ts: its answer columns, read back by name.
 */
export { cellColumns, planFacts, UnsupportedByFacts, type FactColumn, type Facts, type FactType } from "./layout"
export { dropFactsDdl, factsDdl } from "./ddl"
export { analyzeStaleFacts, dropFacts, factsSignature, rebuildFacts, type SqlRunner } from "./upkeep"
export { conjuncts, factsWhere, filterPaths } from "./where"
export { factsOrder } from "./order"
export { factsStatement, type FactsQuery, type TextMatch } from "./statement"
export type { CellValues, FactsAnswer } from "./results"
