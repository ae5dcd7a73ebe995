import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Label, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { PageTitle } from "../../lib/page"
import { HeaderRow } from "../../lib/table"
import { PeriodInputs, StatCards } from "../../lib/period"
import { downloadCsv, useAdminQuery } from "../../lib/api"
import { angka, hariIni, rupiah, tanggal } from "../../lib/format"
import type { ReportFigures as Figures } from "../../../lib/queries/reports"

interface Report {
  by_district: (Figures & { code: string; name: string; regency_name: string })[]
  by_category: (Figures & { category: string; name: string })[]
  totals: Figures
}

const ALL_CITIES = "all"
const firstOfMonth = () => `${hariIni().slice(0, 8)}01`

/** One table of the report, with a bar per row for GMV and its CSV. */
function FigureTable({ title, column, rows, onCsv }: { title: string; column: string; rows: (Figures & { key: string; label: string })[]; onCsv: () => void }) {
  const max = Math.max(1, ...rows.map((r) => r.gmv))
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{title}</Heading>
        <Button size="small" variant="secondary" onClick={onCsv}>Unduh CSV</Button>
      </div>
      <div className="overflow-x-auto">
        <Table>
          <HeaderRow columns={[column, "GMV (selesai)", "Pesanan", "Rata-rata", "Penjual aktif", "Penjual baru", "Produk"]} />
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.key}>
                <Table.Cell>{r.label}</Table.Cell>
                <Table.Cell>
                  <div className="flex min-w-40 items-center gap-2">
                    <div className="bg-ui-tag-blue-icon h-2 rounded-full" style={{ width: `${(r.gmv / max) * 80}px` }} aria-hidden />
                    <span>{rupiah(r.gmv)}</span>
                  </div>
                </Table.Cell>
                <Table.Cell>{angka(r.orders)}</Table.Cell>
                <Table.Cell>{rupiah(r.average_order_value)}</Table.Cell>
                <Table.Cell>{angka(r.active_sellers)}</Table.Cell>
                <Table.Cell>{angka(r.new_sellers_approved)}</Table.Cell>
                <Table.Cell>{angka(r.products_listed)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </Container>
  )
}

/** City staff: the program's figures for a period and city, per kecamatan and per category. */
const ReportsPage = () => {
  const [from, setFrom] = useState(firstOfMonth())
  const [to, setTo] = useState(hariIni())
  const [city, setCity] = useState(ALL_CITIES)
  const cities = useAdminQuery<{ districts: { regency_code: string; regency_name: string }[] }>("/admin/districts", { limit: 500 })
  const params = { from, to, regency_code: city === ALL_CITIES ? undefined : city }
  const { data, loading } = useAdminQuery<{ report: Report }>(from && to ? "/admin/reports" : null, params)
  const cityList = [...new Map((cities.data?.districts ?? []).map((d) => [d.regency_code, d.regency_name]))]
  const report = data?.report
  const csv = (table: "district" | "category") =>
    downloadCsv("/admin/reports", { ...params, table }, `sentra-laporan-${table === "district" ? "kecamatan" : "kategori"}-${from}_${to}.csv`)

  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-col gap-4 px-6 py-4">
        <PageTitle title="Laporan Program">
          GMV dari pesanan yang sudah diserahkan (pesanan ditolak/dibatalkan tidak dihitung), {tanggal(`${from}T00:00:00+07:00`)} – {tanggal(`${to}T00:00:00+07:00`)}.
        </PageTitle>
        <PeriodInputs from={from} to={to} onFrom={setFrom} onTo={setTo}>
          <div className="flex w-56 flex-col gap-1">
            <Label>Kota</Label>
            <Select value={city} onValueChange={setCity}>
              <Select.Trigger aria-label="Kota"><Select.Value /></Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL_CITIES}>Semua kota</Select.Item>
                {cityList.map(([code, name]) => <Select.Item key={code} value={code}>{name}</Select.Item>)}
              </Select.Content>
            </Select>
          </div>
        </PeriodInputs>
        {report && (
          <StatCards
            items={[
              ["GMV", rupiah(report.totals.gmv)],
              ["Pesanan", angka(report.totals.orders)],
              ["Rata-rata pesanan", rupiah(report.totals.average_order_value)],
              ["Penjual baru disetujui", angka(report.totals.new_sellers_approved)],
            ]}
          />
        )}
        {loading && <Text size="small">Memuat…</Text>}
      </Container>
      {report && (
        <>
          <FigureTable title="Per kecamatan" column="Kecamatan" onCsv={() => csv("district")}
            rows={report.by_district.map((r) => ({ ...r, key: r.code, label: `${r.name} (${r.regency_name})` }))} />
          <FigureTable title="Per kategori" column="Kategori" onCsv={() => csv("category")}
            rows={report.by_category.map((r) => ({ ...r, key: r.category, label: r.name }))} />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Laporan", icon: ChartBar })

export default ReportsPage
