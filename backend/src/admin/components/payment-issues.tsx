import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useAdminQuery, useRowAction } from "../lib/api"
import { rupiah, tanggal } from "../lib/format"
import { HeaderRow } from "../lib/table"

interface PaymentIssue {
  id: string
  move: "capture" | "refund" | "cancel_order"
  amount: number | null
  attempts: number
  last_error: string
  created_at: string
  parent_order_id: string
  parent_order_display_id: number | null
  seller_order_display_id: number | null
  seller: { name: string } | null
}

const MOVE: Record<PaymentIssue["move"], string> = {
  capture: "Pencatatan pembayaran",
  refund: "Pengembalian dana",
  cancel_order: "Pembatalan pesanan & pengembalian dana",
}

/** A failed money move: retry it, or close it with a note when it was settled outside Sentra. */
function IssueRow({ issue, onChange }: { issue: PaymentIssue; onChange: () => Promise<void> }) {
  const [note, setNote] = useState("")
  const { busy, act } = useRowAction(`/admin/payment-issues/${issue.id}`, onChange)
  return (
    <Table.Row>
      <Table.Cell>{tanggal(issue.created_at)}</Table.Cell>
      <Table.Cell>
        <a className="text-ui-fg-interactive" href={`/app/orders/${issue.parent_order_id}`}>#{issue.parent_order_display_id ?? "–"}</a>
        {" · "}{issue.seller?.name ?? "–"}
      </Table.Cell>
      <Table.Cell>{MOVE[issue.move]}</Table.Cell>
      <Table.Cell>{issue.amount === null ? "sisa pembayaran" : rupiah(issue.amount)}</Table.Cell>
      <Table.Cell>
        <Badge size="2xsmall" color="red">{issue.attempts}× gagal</Badge>
        <Text size="xsmall" className="text-ui-fg-subtle max-w-[280px] truncate" title={issue.last_error}>{issue.last_error}</Text>
      </Table.Cell>
      <Table.Cell>
        <div className="flex items-center gap-2 py-1">
          <Button size="small" disabled={busy} onClick={() => act("retry", {}, "Berhasil: pembayaran diproses")}>Coba lagi</Button>
          <Input size="small" placeholder="Catatan penyelesaian manual" aria-label="Catatan penyelesaian manual" value={note} onChange={(e) => setNote(e.target.value)} />
          <Button size="small" variant="secondary" disabled={busy || note.trim().length < 3} onClick={() => act("resolve", { note: note.trim() }, "Ditandai selesai")}>
            Tandai selesai
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/** Open payment issues, oldest first (GET /admin/payment-issues). */
export function PaymentIssues() {
  const issues = useAdminQuery<{ payment_issues: PaymentIssue[]; count: number }>("/admin/payment-issues", { status: "open" })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Pembayaran bermasalah</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Penyedia pembayaran menolak pengembalian dana atau pencatatan pembayaran setelah pesanan penjual berubah. Pembeli melihat
          &quot;sedang diproses&quot; sampai masalah selesai: coba lagi, atau tandai selesai dengan catatan bila sudah diselesaikan di luar Sentra.
        </Text>
      </div>
      <div className="overflow-x-auto">
        <Table>
          <HeaderRow columns={["Sejak", "Pesanan · penjual", "Jenis", "Jumlah", "Kesalahan terakhir", ""]} />
          <Table.Body>
            {(issues.data?.payment_issues ?? []).map((issue) => <IssueRow key={issue.id} issue={issue} onChange={issues.reload} />)}
          </Table.Body>
        </Table>
        {!issues.loading && !issues.data?.payment_issues.length && (
          <Text size="small" className="px-6 py-4">Tidak ada pembayaran bermasalah.</Text>
        )}
      </div>
    </Container>
  )
}
