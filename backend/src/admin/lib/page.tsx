import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A staff page's title and a line on what it shows, at the top of its first card. */
export function PageTitle({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Heading level="h1">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">{children}</Text>
    </div>
  )
}
