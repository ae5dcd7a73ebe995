import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { orderHref, PartList, sellerLabel, type OrderGroup } from "../components/order-parts"
import { useAdminQuery } from "../lib/api"
import { rupiah, waktu } from "../lib/format"

/**
 * On Medusa Admin's order page: a shopper's order shows its seller parts; a seller order says
 * which shopper's order it is part of, and whose part it is.
 */
const MarketplaceOrderWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, loading } = useAdminQuery<{ marketplace_order: OrderGroup }>(`/admin/marketplace-orders/${order.id}`)
  const group = data?.marketplace_order
  const part = group?.parts.find((p) => p.id === order.id)

  return (
    <Container className="flex flex-col gap-3 px-6 py-4">
      {loading && !group && <Text size="small">Memuat…</Text>}
      {group && part && (
        <div>
          <Heading level="h2">
            Bagian dari pesanan <a className="text-ui-fg-interactive" href={orderHref(group.id)}>#{group.display_id}</a>
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Penjual: {sellerLabel(part.seller)}. Pesanan pembeli {waktu(group.created_at)}, {group.parts.length} penjual, total {rupiah(group.total)}.
          </Text>
        </div>
      )}
      {group && !part && (
        <div>
          <Heading level="h2">Pesanan per penjual</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Pesanan pembeli ini dibagi menjadi {group.parts.length} pesanan penjual; status dan pembayaran diurus per penjual.
          </Text>
        </div>
      )}
      {group && <PartList parts={group.parts} currentId={part?.id} />}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details" })

export default MarketplaceOrderWidget
