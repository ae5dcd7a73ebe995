/**
 * The statements that create an index's facts and cells tables, the trigger that keeps them in
 * step with the document table, and their indexes (README.md, "Glossary").
 */
import { isFacetable } from "../medusa"
import { cellColumns, isIndexedSort, rowColumns, SQL_TYPES, type FactColumn, type Facts } from "./layout"

/** The SQL that reads a fact out of an `indexed` jsonb value. */
function extractSql(source: string, column: FactColumn): string {
  const path = `'{${column.path.split(".").join(",")}}'`
  switch (column.type) {
    case "text":
      return `(${source} #>> ${path})`
    case "text[]":
      return `sentra_search_text_array(${source} #> ${path})`
    case "float8":
      return `(${source} #>> ${path})::float8`
    case "boolean":
      return `(${source} #>> ${path})::boolean`
    case "intset":
      return `sentra_search_int_ranges(${source} #> ${path})`
  }
}

/**
 * The facts table's indexes, built after its rows are copied in:
 * - the text index;
 * - `(cell) INCLUDE (<facetable numbers>)`: a page without text counts and facets its rows, with
 *   price statistics and ranges, from this index alone;
 * - per sortable field, both directions, nulls last and `id` as the tie-break, exactly as
 *   `factsOrder` (order.ts) sorts: a page sorted by a field reads its first rows off the index.
 */
function factsIndexes(facts: Facts): string[] {
  const numbers = rowColumns(facts).filter((column) => column.type === "float8" && isFacetable(column.planned.field))
  return [
    `CREATE INDEX "${facts.table}_fts_idx" ON "${facts.table}" USING GIN ("search_vector")`,
    `CREATE INDEX "${facts.table}_cell_idx" ON "${facts.table}" ("cell")${numbers.length ? ` INCLUDE (${numbers.map((column) => `"${column.column}"`).join(", ")})` : ""}`,
    ...rowColumns(facts)
      .filter(isIndexedSort)
      .flatMap((column) =>
        ["ASC", "DESC"].map(
          (dir) => `CREATE INDEX "${facts.table}_${column.column}_${dir.toLowerCase()}_idx" ON "${facts.table}" ("${column.column}" ${dir} NULLS LAST, "id")`
        )
      ),
  ]
}

/**
 * Statements that (re)create the facts and cells tables, the trigger and their contents from the
 * document table. Run in one transaction.
 *
 * A cell is found by its key (the cell fields as one jsonb array). The trigger looks it up and
 * inserts it when missing, without a unique constraint: two writers adding the same new
 * combination at once each add a cell, which only means two cells with the same values (their
 * counts add up in every facet). A unique constraint would make concurrent batches wait on each
 * other's new cells, and deadlock.
 */
export function factsDdl(documentTable: string, facts: Facts): string[] {
  const cells = cellColumns(facts)
  const rows = rowColumns(facts)
  const cellNames = cells.map((column) => `"${column.column}"`)
  const rowNames = rows.map((column) => `"${column.column}"`)
  const key = (source: string) => `jsonb_build_array(${cells.map((column) => extractSql(source, column)).join(", ")})`
  const fn = `${facts.table}_sync`
  const list = (names: string[]) => names.map((name) => `, ${name}`).join("")
  return [
    `CREATE SEQUENCE IF NOT EXISTS "${facts.sequence}" AS integer`,
    `DROP TABLE IF EXISTS "${facts.table}"`,
    `DROP TABLE IF EXISTS "${facts.cells}"`,
    `CREATE TABLE "${facts.cells}" (
      "cell" integer PRIMARY KEY DEFAULT nextval('"${facts.sequence}"'),
      "key" jsonb NOT NULL${cells.map((column) => `,\n      "${column.column}" ${SQL_TYPES[column.type]}`).join("")}
    )`,
    `CREATE INDEX "${facts.cells}_key_idx" ON "${facts.cells}" ("key")`,
    `CREATE TABLE "${facts.table}" (
      "id" text PRIMARY KEY,
      "cell" integer NOT NULL,
      "search_vector" tsvector NOT NULL DEFAULT ''::tsvector${rows.map((column) => `,\n      "${column.column}" ${SQL_TYPES[column.type]}`).join("")}
    )`,
    `CREATE OR REPLACE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $fn$
    DECLARE
      cell_key jsonb;
      cell_id integer;
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE "${facts.table}", "${facts.cells}";
      ELSIF TG_OP = 'DELETE' THEN
        DELETE FROM "${facts.table}" WHERE "id" = OLD."id";
      ELSE
        cell_key := ${key("NEW.indexed")};
        SELECT x."cell" INTO cell_id FROM "${facts.cells}" x WHERE x."key" = cell_key LIMIT 1;
        IF cell_id IS NULL THEN
          INSERT INTO "${facts.cells}" ("key"${list(cellNames)})
          VALUES (cell_key${cells.map((column) => `, ${extractSql("NEW.indexed", column)}`).join("")})
          RETURNING "cell" INTO cell_id;
        END IF;
        INSERT INTO "${facts.table}" ("id", "cell", "search_vector"${list(rowNames)})
        VALUES (NEW."id", cell_id, NEW."search_vector"${rows.map((column) => `, ${extractSql("NEW.indexed", column)}`).join("")})
        ON CONFLICT ("id") DO UPDATE SET ${["\"cell\"", "\"search_vector\"", ...rowNames].map((name) => `${name} = EXCLUDED.${name}`).join(", ")};
      END IF;
      RETURN NULL;
    END
    $fn$`,
    `DROP TRIGGER IF EXISTS "${fn}_row" ON "${documentTable}"`,
    `DROP TRIGGER IF EXISTS "${fn}_truncate" ON "${documentTable}"`,
    `CREATE TRIGGER "${fn}_row" AFTER INSERT OR UPDATE OR DELETE ON "${documentTable}" FOR EACH ROW EXECUTE FUNCTION "${fn}"()`,
    `CREATE TRIGGER "${fn}_truncate" AFTER TRUNCATE ON "${documentTable}" FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`,
    `INSERT INTO "${facts.cells}" ("key"${list(cellNames)})
     SELECT DISTINCT ON (k) k${list(cellNames)} FROM (
       SELECT ${key("d.indexed")} AS k${cells.map((column) => `, ${extractSql("d.indexed", column)} AS "${column.column}"`).join("")}
       FROM "${documentTable}" d
     ) s`,
    `INSERT INTO "${facts.table}" ("id", "cell", "search_vector"${list(rowNames)})
     SELECT d."id", x."cell", d."search_vector"${rows.map((column) => `, ${extractSql("d.indexed", column)}`).join("")}
     FROM "${documentTable}" d JOIN "${facts.cells}" x ON x."key" = ${key("d.indexed")}`,
    ...factsIndexes(facts),
    `ANALYZE "${facts.cells}"`,
    `ANALYZE "${facts.table}"`,
    `COMMENT ON TABLE "${facts.table}" IS '${facts.signature.replace(/'/g, "''")}'`,
  ]
}

/** Statements that drop the tables, the trigger function and the cell id sequence. */
export function dropFactsDdl(facts: Facts): string[] {
  return [
    `DROP TABLE IF EXISTS "${facts.table}"`,
    `DROP TABLE IF EXISTS "${facts.cells}"`,
    `DROP SEQUENCE IF EXISTS "${facts.sequence}"`,
    `DROP FUNCTION IF EXISTS "${facts.table}_sync"()`,
  ]
}
