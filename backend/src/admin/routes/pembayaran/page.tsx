import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { PaymentIssues } from "../../components/payment-issues"
import { HeaderRow } from "../../lib/table"
import { downloadCsv, postAdmin, useAdminQuery, useRowAction } from "../../lib/api"
import { rupiah, tanggal } from "../../lib/format"

interface BankAccount {
  id: string
  bank_name: string
  bank_code: string
  account_number: string
  account_holder: string
  updated_at: string
  seller: { name: string; handle: string } | null
}

interface Payout {
  id: string
  status: "pending" | "paid"
  cutoff_at: string
  total: number
  sellers: number
  created_at: string
  paid_at: string | null
  transfer_reference: string | null
}

interface LeftOut {
  seller_id: string
  amount: number
  reason: "nothing_owed" | "no_bank_account" | "bank_account_pending" | "bank_account_rejected"
  seller: { name: string } | null
}

const LEFT_OUT_REASON: Record<LeftOut["reason"], string> = {
  nothing_owed: "tidak ada yang perlu dibayar (saldo ≤ 0)",
  no_bank_account: "belum mengisi rekening",
  bank_account_pending: "rekening menunggu verifikasi",
  bank_account_rejected: "rekening ditolak",
}

/** A seller's bank account waiting for staff: verify, or reject with a reason the seller reads. */
function AccountRow({ account, onChange }: { account: BankAccount; onChange: () => Promise<void> }) {
  const [reason, setReason] = useState("")
  const { busy, act } = useRowAction(`/admin/bank-accounts/${account.id}`, onChange)
  return (
    <Table.Row>
      <Table.Cell>{account.seller?.name ?? "–"}</Table.Cell>
      <Table.Cell>{account.bank_name} ({account.bank_code})</Table.Cell>
      <Table.Cell>{account.account_number}</Table.Cell>
      <Table.Cell>{account.account_holder}</Table.Cell>
      <Table.Cell>{tanggal(account.updated_at)}</Table.Cell>
      <Table.Cell>
        <div className="flex items-center gap-2 py-1">
          <Button size="small" disabled={busy} onClick={() => act("verify", { bank_code: account.bank_code, account_number: account.account_number }, "Rekening terverifikasi")}>Verifikasi</Button>
          <Input size="small" placeholder="Alasan penolakan" aria-label="Alasan penolakan" value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button size="small" variant="danger" disabled={busy || !reason.trim()} onClick={() => act("reject", { reason: reason.trim() }, "Rekening ditolak")}>
            Tolak
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/** City staff: bank accounts to verify, failed money moves to retry, payout batches (create, CSV for the bank, mark paid). */
const PayoutsPage = () => {
  const accounts = useAdminQuery<{ bank_accounts: BankAccount[] }>("/admin/bank-accounts", { status: "pending" })
  const payouts = useAdminQuery<{ payouts: Payout[] }>("/admin/payouts")
  const [cutoff, setCutoff] = useState("")
  const [leftOut, setLeftOut] = useState<LeftOut[] | null>(null)
  const [references, setReferences] = useState<Record<string, string>>({})

  const createBatch = async () => {
    const body = cutoff ? { cutoff_at: `${cutoff}T23:59:59+07:00` } : {}
    const result = await postAdmin<{ payout: Payout | null; left_out: LeftOut[] }>("/admin/payouts", body, ({ payout }) =>
      payout ? `Batch pembayaran dibuat: ${payout.sellers} penjual, ${rupiah(payout.total)}` : "Tidak ada penjual yang bisa dibayar saat ini"
    )
    if (!result) return
    setLeftOut(result.left_out)
    await payouts.reload()
  }
  const markPaid = async (payout: Payout) => {
    const reference = references[payout.id]?.trim()
    if (await postAdmin(`/admin/payouts/${payout.id}/mark-paid`, reference ? { transfer_reference: reference } : {}, "Ditandai sudah dibayar")) {
      await payouts.reload()
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Pembayaran ke Penjual</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Rekening baru atau yang diubah penjual menunggu verifikasi. Hanya rekening terverifikasi yang menerima pembayaran.
          </Text>
        </div>
        <div className="overflow-x-auto">
          <Table>
            <HeaderRow columns={["Penjual", "Bank", "Nomor rekening", "Atas nama", "Diubah", ""]} />
            <Table.Body>
              {(accounts.data?.bank_accounts ?? []).map((a) => <AccountRow key={a.id} account={a} onChange={accounts.reload} />)}
            </Table.Body>
          </Table>
          {!accounts.loading && !accounts.data?.bank_accounts.length && (
            <Text size="small" className="px-6 py-4">Tidak ada rekening yang menunggu verifikasi.</Text>
          )}
        </div>
      </Container>

      <PaymentIssues />

      <Container className="flex flex-col gap-3 px-6 py-4">
        <Heading level="h2">Buat batch pembayaran</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Per penjual: bersih penjualan kartu dikurangi biaya platform dari penjualan tunai. Penjual dengan saldo ≤ 0 atau rekening
          belum terverifikasi tidak ikut; transaksinya masuk batch berikutnya.
        </Text>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <Label htmlFor="cutoff">Transaksi selesai sampai (kosong = sekarang)</Label>
            <Input id="cutoff" type="date" value={cutoff} onChange={(e) => setCutoff(e.target.value)} />
          </div>
          <Button onClick={createBatch}>Buat batch</Button>
        </div>
        {leftOut && leftOut.length > 0 && (
          <div>
            <Text size="small" weight="plus">Tidak ikut batch ini:</Text>
            <ul className="txt-compact-small list-disc pl-6">
              {leftOut.map((l) => (
                <li key={l.seller_id}>{l.seller?.name ?? l.seller_id}: {LEFT_OUT_REASON[l.reason]} ({rupiah(l.amount)})</li>
              ))}
            </ul>
          </div>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Batch pembayaran</Heading>
        </div>
        <div className="overflow-x-auto">
          <Table>
            <HeaderRow columns={["Dibuat", "Sampai", "Penjual", "Total", "Status", ""]} />
            <Table.Body>
              {(payouts.data?.payouts ?? []).map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>{tanggal(p.created_at)}</Table.Cell>
                  <Table.Cell>{tanggal(p.cutoff_at)}</Table.Cell>
                  <Table.Cell>{p.sellers}</Table.Cell>
                  <Table.Cell>{rupiah(p.total)}</Table.Cell>
                  <Table.Cell>
                    {p.status === "paid" ? (
                      <Badge size="2xsmall" color="green">Dibayar {tanggal(p.paid_at)}{p.transfer_reference ? ` · ${p.transfer_reference}` : ""}</Badge>
                    ) : (
                      <Badge size="2xsmall" color="orange">Belum dibayar</Badge>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center gap-2 py-1">
                      <Button size="small" variant="secondary" onClick={() => downloadCsv(`/admin/payouts/${p.id}/export`, {}, `sentra-pembayaran-${p.id}.csv`)}>
                        Unduh CSV
                      </Button>
                      {p.status === "pending" && (
                        <>
                          <Input size="small" placeholder="No. referensi transfer" aria-label="Nomor referensi transfer"
                            value={references[p.id] ?? ""} onChange={(e) => setReferences({ ...references, [p.id]: e.target.value })} />
                          <Button size="small" onClick={() => markPaid(p)}>Tandai dibayar</Button>
                        </>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!payouts.loading && !payouts.data?.payouts.length && <Text size="small" className="px-6 py-4">Belum ada batch pembayaran.</Text>}
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Pembayaran", icon: Cash })

export default PayoutsPage
