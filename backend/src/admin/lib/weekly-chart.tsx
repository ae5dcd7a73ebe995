import { Text } from "@medusajs/ui"
import { angka, rupiah, tanggal, tanggalPendek } from "./format"
import type { WeekReportRow } from "../../lib/queries/reports"

const WIDTH = 640
const HEIGHT = 220
const TOP = 20
const BOTTOM = 28
const PLOT = HEIGHT - TOP - BOTTOM
/** At most this many week labels under the bars; the others are skipped evenly. */
const MAX_LABELS = 12

/**
 * The weekly trend drawn by hand as SVG: a bar per week for GMV, a line for the number of orders
 * (each on its own scale). Scales with the page (viewBox, width 100%); each week has a tooltip.
 */
export function WeeklyChart({ weeks }: { weeks: WeekReportRow[] }) {
  const maxGmv = Math.max(1, ...weeks.map((w) => w.gmv))
  const maxOrders = Math.max(1, ...weeks.map((w) => w.orders))
  const slot = WIDTH / Math.max(1, weeks.length)
  const labelEvery = Math.ceil(weeks.length / MAX_LABELS)
  const centre = (i: number) => i * slot + slot / 2
  /** A bar never wider than a thumb, even for a period of one or two weeks. */
  const barWidth = Math.min(slot * 0.7, 56)
  const ordersY = (orders: number) => TOP + PLOT - (orders / maxOrders) * PLOT
  const summary = weeks.map((w) => `${tanggalPendek(w.week_start)}: ${rupiah(w.gmv)}, ${angka(w.orders)} pesanan`).join("; ")

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-4">
        <Text size="xsmall" className="text-ui-fg-subtle flex items-center gap-1">
          <span className="bg-ui-tag-blue-icon inline-block h-2 w-3 rounded-sm" aria-hidden /> GMV per minggu (puncak {rupiah(maxGmv)})
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle flex items-center gap-1">
          <span className="bg-ui-tag-orange-icon inline-block h-0.5 w-3" aria-hidden /> Pesanan (puncak {angka(maxOrders)})
        </Text>
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxHeight: HEIGHT * 1.25 }} role="img" aria-label={`Tren mingguan — ${summary}`}>
        <line x1={0} x2={WIDTH} y1={TOP + PLOT} y2={TOP + PLOT} stroke="currentColor" className="text-ui-border-strong" />
        <line x1={0} x2={WIDTH} y1={TOP} y2={TOP} stroke="currentColor" strokeDasharray="4 4" className="text-ui-border-base" />
        {weeks.map((w, i) => {
          const height = (w.gmv / maxGmv) * PLOT
          return (
            <g key={w.week}>
              <title>{`Minggu mulai ${tanggal(`${w.week_start}T00:00:00+07:00`)} (${w.week}): ${rupiah(w.gmv)}, ${angka(w.orders)} pesanan`}</title>
              <rect x={centre(i) - barWidth / 2} width={barWidth} y={TOP + PLOT - height} height={height} rx={2}
                fill="currentColor" className="text-ui-tag-blue-icon" />
              {i % labelEvery === 0 && (
                <text x={centre(i)} y={HEIGHT - 8} textAnchor="middle" fontSize={11} fill="currentColor" className="text-ui-fg-subtle">
                  {tanggalPendek(w.week_start)}
                </text>
              )}
            </g>
          )
        })}
        <polyline points={weeks.map((w, i) => `${centre(i)},${ordersY(w.orders)}`).join(" ")}
          fill="none" stroke="currentColor" strokeWidth={2} className="text-ui-tag-orange-icon" />
        {weeks.map((w, i) => (
          <circle key={w.week} cx={centre(i)} cy={ordersY(w.orders)} r={3} fill="currentColor" className="text-ui-tag-orange-icon" />
        ))}
      </svg>
    </div>
  )
}
