import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Eye } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import type { ExposureSurface } from "@sentra/vocabulary"
import { useState } from "react"
import { PageTitle } from "../../lib/page"
import { HeaderRow } from "../../lib/table"
import { PeriodInputs, StatCards } from "../../lib/period"
import { useAdminQuery } from "../../lib/api"
import { angka, hariIni, tanggal } from "../../lib/format"
import type { ExposureReport, SurfaceCounts } from "../../../lib/queries/exposure"

const SURFACE_LABELS: Record<ExposureSurface, string> = {
  home: "Beranda",
  kecamatan: "Kecamatan",
  category: "Kategori",
  search: "Pencarian",
  seller: "Halaman penjual",
}
/** Type-only import above: the Admin bundle does not load workspace packages at run time. */
const SURFACES = Object.keys(SURFACE_LABELS) as ExposureSurface[]

/** Six days before today in Jakarta: with today, the last seven days (the route's default). */
const sixDaysAgo = () => new Date(Date.parse(`${hariIni()}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10)

/** One row's impressions per surface and in total, with a bar for the total. */
function CountCells({ surfaces, total, max }: { surfaces: SurfaceCounts; total: number; max: number }) {
  return (
    <>
      {SURFACES.map((s) => <Table.Cell key={s}>{angka(surfaces[s])}</Table.Cell>)}
      <Table.Cell>
        <div className="flex min-w-32 items-center gap-2">
          <div className="bg-ui-tag-blue-icon h-2 rounded-full" style={{ width: `${(total / max) * 80}px` }} aria-hidden />
          <span className="font-medium">{angka(total)}</span>
        </div>
      </Table.Cell>
    </>
  )
}

const COUNT_COLUMNS = [...SURFACES.map((s) => SURFACE_LABELS[s]), "Total"]

/** Impressions per row (a seller or a kecamatan): its own columns, then one per surface and the total. */
function CountTable({ title, columns, rows }: {
  title: string
  columns: string[]
  rows: { key: string; cells: string[]; surfaces: SurfaceCounts; total: number }[]
}) {
  const max = Math.max(1, ...rows.map((r) => r.total))
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4"><Heading level="h2">{title}</Heading></div>
      <div className="overflow-x-auto">
        <Table>
          <HeaderRow columns={[...columns, ...COUNT_COLUMNS]} />
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.key}>
                {r.cells.map((cell, i) => <Table.Cell key={i}>{cell}</Table.Cell>)}
                <CountCells surfaces={r.surfaces} total={r.total} max={max} />
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </Container>
  )
}

/**
 * City staff: how often each seller's products were shown to shoppers (bots not counted), per
 * page type and per kecamatan, and which sellers the fair rotation could show got no views at all.
 */
const ExposurePage = () => {
  const [from, setFrom] = useState(sixDaysAgo())
  const [to, setTo] = useState(hariIni())
  const { data, loading } = useAdminQuery<{ exposure: ExposureReport }>(from && to ? "/admin/exposure" : null, { from, to })
  const report = data?.exposure

  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-col gap-4 px-6 py-4">
        <PageTitle title="Paparan Penjual">
          Berapa kali produk tiap penjual tampil kepada pembeli (satu kali per penjual per halaman yang dibuka; bot dan
          pengujian otomatis tidak dihitung), {tanggal(`${from}T00:00:00+07:00`)} – {tanggal(`${to}T00:00:00+07:00`)} WIB.
        </PageTitle>
        <PeriodInputs from={from} to={to} onFrom={setFrom} onTo={setTo} />
        {report && (
          <StatCards
            className="md:grid-cols-3"
            items={[
              ["Total tampil", angka(report.totals.total)],
              ["Penjual yang tampil", angka(report.by_seller.length)],
              ["Penjual tanpa paparan", angka(report.not_shown.length)],
            ]}
          />
        )}
        {loading && <Text size="small">Memuat…</Text>}
      </Container>

      {report && (
        <>
          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">Tanpa paparan</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Penjual disetujui dengan produk tayang dan ada stok, yang tidak tampil sama sekali pada periode ini.
              </Text>
            </div>
            {report.not_shown.length === 0 ? (
              <Text size="small" className="px-6 py-4">Semua penjual yang memenuhi syarat sudah tampil. <Badge color="green">Adil</Badge></Text>
            ) : (
              <Table>
                <HeaderRow columns={["Penjual", "Kecamatan"]} />
                <Table.Body>
                  {report.not_shown.map((s) => (
                    <Table.Row key={s.seller_id}>
                      <Table.Cell>{s.name}</Table.Cell>
                      <Table.Cell>{s.district?.name ?? "–"}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
          </Container>

          <CountTable
            title="Per penjual"
            columns={["Penjual", "Kecamatan"]}
            rows={report.by_seller.map((r) => ({ ...r, key: r.seller_id, cells: [r.name, r.district?.name ?? "–"] }))}
          />
          <CountTable
            title="Per kecamatan"
            columns={["Kecamatan", "Penjual tampil"]}
            rows={report.by_district.map((r) => ({ ...r, key: r.code, cells: [r.name, angka(r.sellers_shown)] }))}
          />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Paparan", icon: Eye })

export default ExposurePage
