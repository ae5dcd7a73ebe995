import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Container, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { orderHref, PartList, type OrderGroup } from "../../components/order-parts"
import { useAdminQuery } from "../../lib/api"
import { angka, rupiah, waktu } from "../../lib/format"
import { PageTitle } from "../../lib/page"
import { HeaderRow } from "../../lib/table"

const PAGE_SIZE = 20
const ALL = "all"

interface Option {
  value: string
  label: string
}

/** A filter select with an "all" choice first. */
function FilterSelect({ label, all, value, options, onChange }: {
  label: string
  all: string
  value: string
  options: Option[]
  onChange: (value: string) => void
}) {
  return (
    <div className="flex w-64 flex-col gap-1">
      <Label>{label}</Label>
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger aria-label={label}><Select.Value /></Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>{all}</Select.Item>
          {options.map((o) => <Select.Item key={o.value} value={o.value}>{o.label}</Select.Item>)}
        </Select.Content>
      </Select>
    </div>
  )
}

/**
 * City staff: marketplace orders as shoppers placed them — one row per shopper's order with its
 * seller parts inline (Medusa's own order list shows every part as an unrelated order).
 */
const MarketplaceOrdersPage = () => {
  const [district, setDistrict] = useState(ALL)
  const [seller, setSeller] = useState(ALL)
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const districtCode = district === ALL ? undefined : district

  const districts = useAdminQuery<{ districts: { code: string; name: string; regency_name: string }[] }>("/admin/districts", { limit: 500 })
  const sellers = useAdminQuery<{ sellers: { id: string; name: string }[] }>("/admin/sellers", { limit: 100, district_code: districtCode })
  const { data, loading } = useAdminQuery<{ orders: OrderGroup[]; count: number }>("/admin/marketplace-orders", {
    district_code: districtCode,
    seller_id: seller === ALL ? undefined : seller,
    q: q.trim() || undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value)
    setPage(0)
  }

  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-col gap-4 px-6 py-4">
        <PageTitle title="Pesanan Pasar">
          Satu baris per pesanan pembeli, terbaru dulu, dengan pesanan tiap penjual di dalamnya. Saringan kecamatan dan
          penjual menampilkan pesanan yang memuat bagian dari penjual tersebut.
        </PageTitle>
        <div className="flex flex-wrap items-end gap-3">
          <FilterSelect
            label="Kecamatan"
            all="Semua kecamatan"
            value={district}
            options={(districts.data?.districts ?? []).map((d) => ({ value: d.code, label: `${d.name} (${d.regency_name})` }))}
            onChange={filter((value: string) => {
              setDistrict(value)
              setSeller(ALL)
            })}
          />
          <FilterSelect
            label="Penjual"
            all="Semua penjual"
            value={seller}
            options={(sellers.data?.sellers ?? []).map((s) => ({ value: s.id, label: s.name }))}
            onChange={filter(setSeller)}
          />
          <div className="flex w-64 flex-col gap-1">
            <Label htmlFor="q">Cari</Label>
            <Input id="q" type="search" placeholder="Nomor pesanan atau email" value={q} onChange={(e) => filter(setQ)(e.target.value)} />
          </div>
        </div>
        <Text size="small" className="text-ui-fg-subtle">{loading ? "Memuat…" : `${angka(count)} pesanan pembeli`}</Text>
      </Container>

      <Container className="divide-y p-0">
        <div className="overflow-x-auto">
          <Table>
            <HeaderRow columns={["Pesanan", "Pembeli", "Pesanan per penjual", "Total"]} />
            <Table.Body>
              {(data?.orders ?? []).map((order) => (
                <Table.Row key={order.id} className="align-top">
                  <Table.Cell>
                    <a className="text-ui-fg-interactive txt-compact-small-plus" href={orderHref(order.id)}>#{order.display_id}</a>
                    <Text size="xsmall" className="text-ui-fg-subtle">{waktu(order.created_at)}</Text>
                  </Table.Cell>
                  <Table.Cell>{order.email ?? "–"}</Table.Cell>
                  <Table.Cell className="min-w-[560px] py-2"><PartList parts={order.parts} /></Table.Cell>
                  <Table.Cell>{rupiah(order.total)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        {data && !data.orders.length && <Text size="small" className="px-6 py-4">Tidak ada pesanan yang cocok.</Text>}
        <Table.Pagination
          count={count}
          pageSize={PAGE_SIZE}
          pageIndex={page}
          pageCount={pageCount}
          canPreviousPage={page > 0}
          canNextPage={page + 1 < pageCount}
          previousPage={() => setPage(page - 1)}
          nextPage={() => setPage(page + 1)}
          translations={{ of: "dari", results: "pesanan", pages: "halaman", prev: "Sebelumnya", next: "Berikutnya" }}
        />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Pesanan Pasar", icon: ShoppingCart })

export default MarketplaceOrdersPage
