import { Badge, Text } from "@medusajs/ui"
import type { MarketplaceOrderGroup } from "../../lib/queries/marketplace-orders"
import { rupiah } from "../lib/format"

export type OrderGroup = MarketplaceOrderGroup
export type OrderPart = MarketplaceOrderGroup["parts"][number]
type BadgeColor = "green" | "orange" | "red" | "blue" | "grey"

/** A part's status in the words shoppers read on the storefront (storefront/app/i18n/id.ts "order.status.*"). */
const STATUS: Record<OrderPart["status"], [string, BadgeColor]> = {
  received: ["Diterima", "blue"],
  preparing: ["Disiapkan", "blue"],
  ready: ["Siap diambil", "orange"],
  completed: ["Selesai", "green"],
  declined: ["Ditolak", "red"],
  cancelled: ["Dibatalkan", "red"],
}

/** A part's money in the storefront's words ("order.payment.*", docs/decisions/096). */
const PAYMENT: Record<OrderPart["payment"]["state"], [string, BadgeColor]> = {
  paid: ["Dibayar", "green"],
  awaiting_cash: ["Belum dibayar — tunai saat diterima", "grey"],
  refunded: ["Dikembalikan", "grey"],
  not_charged: ["Tidak ditagih", "grey"],
  refund_pending: ["Pengembalian dana sedang diproses", "orange"],
  capture_pending: ["Pembayaran sedang dicatat", "orange"],
}

const METHOD: Record<NonNullable<OrderPart["payment"]["method"]>, string> = { cash: "Tunai", card: "Kartu" }

export const orderHref = (id: string) => `/app/orders/${id}`

/** "Nama Penjual · Kec. Coblong". */
export const sellerLabel = (seller: OrderPart["seller"]) =>
  seller ? `${seller.name}${seller.district ? ` · Kec. ${seller.district.name}` : ""}` : "Penjual tidak ditemukan"

function statusLabel(part: OrderPart): [string, BadgeColor] {
  return part.status === "ready" && part.fulfillment_type === "delivery" ? ["Siap diantar", "orange"] : STATUS[part.status]
}

/** One seller part on a line: its number (a link to its Medusa order), seller, status, delivery, money and total. */
function PartLine({ part, current }: { part: OrderPart; current: boolean }) {
  const [status, statusColor] = statusLabel(part)
  const [money, moneyColor] = PAYMENT[part.payment.state]
  return (
    <li className={`flex flex-wrap items-center gap-x-3 gap-y-1 py-1 ${current ? "bg-ui-bg-highlight rounded px-1" : ""}`}>
      <a className="text-ui-fg-interactive txt-compact-small-plus" href={orderHref(part.id)}>#{part.display_id}</a>
      <Text size="small" className="min-w-48">{sellerLabel(part.seller)}</Text>
      <Badge size="2xsmall" color={statusColor}>{status}</Badge>
      <Text size="xsmall" className="text-ui-fg-subtle">{part.fulfillment_type === "delivery" ? "Diantar" : "Ambil sendiri"}</Text>
      <Badge size="2xsmall" color={moneyColor}>
        {money}{part.payment.method ? ` · ${METHOD[part.payment.method]}` : ""}
      </Badge>
      <Text size="small" weight="plus" className="ml-auto">{rupiah(part.total)}</Text>
      {part.reason && <Text size="xsmall" className="text-ui-fg-subtle basis-full">Alasan: {part.reason}</Text>}
    </li>
  )
}

/** The seller parts of a shopper's order; `currentId` marks the part whose page is open. */
export function PartList({ parts, currentId }: { parts: OrderPart[]; currentId?: string }) {
  if (!parts.length) return <Text size="small" className="text-ui-fg-subtle">Belum dibagi per penjual.</Text>
  return (
    <ul className="divide-y">
      {parts.map((part) => <PartLine key={part.id} part={part} current={part.id === currentId} />)}
    </ul>
  )
}
