import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Label, Select, Table, Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { PageTitle } from "../../lib/page"
import { HeaderRow } from "../../lib/table"
import { PeriodInputs, StatCards } from "../../lib/period"
import { downloadCsv, useAdminQuery } from "../../lib/api"
import { angka, hariIni, rupiah, tanggal, tanggalPendek } from "../../lib/format"
import { WeeklyChart } from "../../lib/weekly-chart"
import type { ReportFigures as Figures, SalesReport as Report } from "../../../lib/queries/reports"
import { reportCsvFilename, type ReportTable as TableName } from "../../../lib/report-tables"

const ALL_CITIES = "all"
const firstOfMonth = () => `${hariIni().slice(0, 8)}01`

/**
 * A titled table of the report with its "Unduh CSV" button, optionally a note on how to read it
 * and something to show above the table (a chart).
 */
function ReportTable({ title, note, onCsv, columns, rows, children }: {
  title: string
  note?: string
  onCsv: () => void
  columns: string[]
  rows: { key: string; cells: ReactNode[] }[]
  children?: ReactNode
}) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">{title}</Heading>
          {note && <Text size="small" className="text-ui-fg-subtle">{note}</Text>}
        </div>
        <Button size="small" variant="secondary" onClick={onCsv}>Unduh CSV</Button>
      </div>
      {children && <div className="px-6 py-4">{children}</div>}
      <div className="overflow-x-auto">
        <Table>
          <HeaderRow columns={columns} />
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.key}>
                {r.cells.map((cell, i) => <Table.Cell key={i}>{cell}</Table.Cell>)}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </Container>
  )
}

/** One table of figures, with a bar per row for GMV. */
function FigureTable({ column, rows, ...table }: {
  title: string
  note?: string
  column: string
  rows: (Figures & { key: string; label: string })[]
  onCsv: () => void
}) {
  const max = Math.max(1, ...rows.map((r) => r.gmv))
  return (
    <ReportTable
      {...table}
      columns={[column, "GMV (selesai)", "Pesanan", "Rata-rata", "Penjual aktif", "Penjual baru", "Produk"]}
      rows={rows.map((r) => ({
        key: r.key,
        cells: [
          r.label,
          <div className="flex min-w-40 items-center gap-2">
            <div className="bg-ui-tag-blue-icon h-2 rounded-full" style={{ width: `${(r.gmv / max) * 80}px` }} aria-hidden />
            <span>{rupiah(r.gmv)}</span>
          </div>,
          angka(r.orders),
          rupiah(r.average_order_value),
          angka(r.active_sellers),
          angka(r.new_sellers_approved),
          angka(r.products_listed),
        ],
      }))}
    />
  )
}

/** The weekly trend: the chart first, the figures under it. */
function WeeklyTrend({ weeks, onCsv }: { weeks: Report["by_week"]; onCsv: () => void }) {
  return (
    <ReportTable
      title="Tren mingguan"
      note="GMV dan pesanan per minggu (Senin–Minggu, WIB); minggu pertama dan terakhir hanya menghitung hari dalam periode."
      onCsv={onCsv}
      columns={["Minggu mulai", "Minggu ke-", "GMV (selesai)", "Pesanan"]}
      rows={weeks.map((w) => ({
        key: w.week,
        cells: [`${tanggalPendek(w.week_start)} ${w.week_start.slice(0, 4)}`, w.week, rupiah(w.gmv), angka(w.orders)],
      }))}
    >
      <WeeklyChart weeks={weeks} />
    </ReportTable>
  )
}

/**
 * City staff: the program's figures for a period and city: the weekly trend, then per kecamatan,
 * category, creative subsector and cohort (usaha perempuan, WUB).
 */
const ReportsPage = () => {
  const [from, setFrom] = useState(firstOfMonth())
  const [to, setTo] = useState(hariIni())
  const [city, setCity] = useState(ALL_CITIES)
  const cities = useAdminQuery<{ districts: { regency_code: string; regency_name: string }[] }>("/admin/districts", { limit: 500 })
  const params = { from, to, regency_code: city === ALL_CITIES ? undefined : city }
  const { data, loading } = useAdminQuery<{ report: Report }>(from && to ? "/admin/reports" : null, params)
  const cityList = [...new Map((cities.data?.districts ?? []).map((d) => [d.regency_code, d.regency_name]))]
  const report = data?.report
  const csv = (table: TableName) => () => downloadCsv("/admin/reports", { ...params, table }, reportCsvFilename(table, from, to))

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
          <WeeklyTrend weeks={report.by_week} onCsv={csv("week")} />
          <FigureTable title="Per kecamatan" column="Kecamatan" onCsv={csv("district")}
            rows={report.by_district.map((r) => ({ ...r, key: r.code, label: `${r.name} (${r.regency_name})` }))} />
          <FigureTable title="Per kategori" column="Kategori" note="Penjual dihitung di kategori pertamanya; jumlah tabel sama dengan total."
            onCsv={csv("category")} rows={report.by_category.map((r) => ({ ...r, key: r.category, label: r.name }))} />
          <FigureTable title="Per subsektor ekonomi kreatif" column="Subsektor"
            note="Penjual dengan beberapa subsektor dihitung di setiap subsektornya, jadi jumlah tabel ini bisa lebih besar dari total."
            onCsv={csv("subsector")} rows={report.by_subsector.map((r) => ({ ...r, key: r.subsector, label: r.name }))} />
          <FigureTable title="Per kelompok" column="Kelompok"
            note="Satu penjual bisa termasuk usaha perempuan dan WUB sekaligus; baris Semua penjual sama dengan total."
            onCsv={csv("cohort")} rows={report.by_cohort.map((r) => ({ ...r, key: r.cohort, label: r.name }))} />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Laporan", icon: ChartBar })

export default ReportsPage
