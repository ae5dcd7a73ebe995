import { Input, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** "Dari" and "Sampai" date inputs (days in WIB, YYYY-MM-DD) of a staff report, plus any other filter. */
export function PeriodInputs({ from, to, onFrom, onTo, children }: {
  from: string
  to: string
  onFrom: (value: string) => void
  onTo: (value: string) => void
  children?: ReactNode
}) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <Label htmlFor="from">Dari</Label>
        <Input id="from" type="date" value={from} onChange={(e) => onFrom(e.target.value)} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="to">Sampai</Label>
        <Input id="to" type="date" value={to} onChange={(e) => onTo(e.target.value)} />
      </div>
      {children}
    </div>
  )
}

/** A report's headline figures as small cards: [label, formatted value]. */
export function StatCards({ items, className = "md:grid-cols-4" }: { items: [string, string][]; className?: string }) {
  return (
    <div className={`grid grid-cols-2 gap-3 ${className}`}>
      {items.map(([label, value]) => (
        <div key={label} className="bg-ui-bg-subtle rounded-md px-4 py-3">
          <Text size="xsmall" className="text-ui-fg-subtle">{label}</Text>
          <Text size="large" weight="plus">{value}</Text>
        </div>
      ))}
    </div>
  )
}
