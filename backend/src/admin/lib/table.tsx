import { Table } from "@medusajs/ui"

/** The header row of a staff table: one cell per column title. */
export function HeaderRow({ columns }: { columns: string[] }) {
  return (
    <Table.Header>
      <Table.Row>
        {columns.map((title, i) => (
          <Table.HeaderCell key={`${i}-${title}`}>{title}</Table.HeaderCell>
        ))}
      </Table.Row>
    </Table.Header>
  )
}
