import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { HeaderRow } from "../../lib/table"
import { postAdmin, useAdminQuery } from "../../lib/api"
import { tanggal } from "../../lib/format"

interface SellerDocument {
  type: "nib" | "pirt" | "halal"
  number: string
  expires_at: string | null
  verified: boolean
  photo_url: string | null
}

interface PendingSeller {
  id: string
  name: string
  handle: string
  created_at: string
  status_reason: string | null
  categories: string[]
  whatsapp: string
  district?: { code: string; name: string; regency_name: string } | null
  documents?: SellerDocument[]
}

interface ExpiringDocument {
  type: string
  number: string
  expires_at: string
  verified: boolean
  days_left: number
  seller: { id: string; name: string; status: string; whatsapp_url: string }
}

const isExpired = (doc: SellerDocument) => !!doc.expires_at && new Date(doc.expires_at) <= new Date()

function DocumentStatus({ doc }: { doc: SellerDocument }) {
  if (isExpired(doc)) return <Badge size="2xsmall" color="red">Kedaluwarsa</Badge>
  return doc.verified ? <Badge size="2xsmall" color="green">Terverifikasi</Badge> : <Badge size="2xsmall" color="grey">Belum diperiksa</Badge>
}

/** One applicant: its documents (verify / reject each) and the decision (approve, ask for changes, suspend). */
function ApplicantCard({ seller, onChange }: { seller: PendingSeller; onChange: () => Promise<void> }) {
  const [reason, setReason] = useState("")
  const [reasonError, setReasonError] = useState(false)
  const [busy, setBusy] = useState(false)
  const base = `/admin/sellers/${seller.id}`

  const act = async (path: string, body: object, success: string, needsReason = false) => {
    if (needsReason && !reason.trim()) {
      setReasonError(true)
      return
    }
    setBusy(true)
    const done = await postAdmin(`${base}${path}`, body, success)
    setBusy(false)
    if (done) {
      setReason("")
      await onChange()
    }
  }
  const withReason = { reason: reason.trim() }

  return (
    <Container className="divide-y p-0" data-testid={`applicant-${seller.handle}`}>
      <div className="flex flex-wrap items-start justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h3">{seller.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {seller.district ? `Kec. ${seller.district.name}, ${seller.district.regency_name}` : "Kecamatan belum diisi"} ·{" "}
            {seller.categories.join(", ")} · mendaftar {tanggal(seller.created_at)}
          </Text>
          {seller.status_reason && (
            <Text size="small" className="text-ui-fg-interactive">Perbaikan diminta: {seller.status_reason}</Text>
          )}
        </div>
        <a className="text-ui-fg-interactive txt-compact-small" href={`https://wa.me/${seller.whatsapp}`} target="_blank" rel="noreferrer">
          WhatsApp +{seller.whatsapp}
        </a>
      </div>
      <ul className="divide-y">
        {[...(seller.documents ?? [])].sort((a, b) => a.type.localeCompare(b.type)).map((doc) => (
          <li key={doc.type} className="flex flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
            {doc.photo_url ? (
              <a href={doc.photo_url} target="_blank" rel="noreferrer" title={`Buka foto ${doc.type.toUpperCase()} ukuran penuh`}>
                <img src={doc.photo_url} alt={`Foto sertifikat ${doc.type.toUpperCase()} ${doc.number}`} className="h-16 w-24 rounded object-cover border" />
              </a>
            ) : (
              <Text size="xsmall" className="text-ui-fg-muted w-24">Belum ada foto</Text>
            )}
            <div className="flex min-w-48 flex-1 flex-col">
              <Text size="small" weight="plus">{doc.type.toUpperCase()} · {doc.number}</Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {doc.expires_at ? `Berlaku s.d. ${tanggal(doc.expires_at)}` : "Tidak kedaluwarsa"}
              </Text>
            </div>
            <DocumentStatus doc={doc} />
            <div className="flex gap-2">
              {!doc.verified && !isExpired(doc) && (
                <Button size="small" variant="secondary" disabled={busy}
                  onClick={() => act(`/documents/${doc.type}/verify`, {}, `${doc.type.toUpperCase()} terverifikasi`)}>
                  Verifikasi
                </Button>
              )}
              <Button size="small" variant="transparent" disabled={busy}
                onClick={() => act(`/documents/${doc.type}/reject`, withReason, `${doc.type.toUpperCase()} ditolak`, true)}>
                Tolak
              </Button>
            </div>
          </li>
        ))}
        {!seller.documents?.length && <li className="px-6 py-3"><Text size="small">Belum ada dokumen</Text></li>}
      </ul>
      <div className="flex flex-col gap-3 px-6 py-4">
        <Textarea
          placeholder="Alasan / catatan untuk penjual (wajib untuk menolak dokumen, minta perbaikan, bekukan)"
          value={reason}
          aria-invalid={reasonError}
          onChange={(event) => {
            setReason(event.target.value)
            setReasonError(false)
          }}
        />
        {reasonError && <Text size="small" className="text-ui-fg-error">Tulis alasannya dulu: penjual akan membacanya.</Text>}
        <div className="flex flex-wrap gap-2">
          <Button size="small" disabled={busy} onClick={() => act("/approve", reason.trim() ? withReason : {}, `${seller.name} disetujui`)}>
            Setujui
          </Button>
          <Button size="small" variant="secondary" disabled={busy}
            onClick={() => act("/request-changes", withReason, "Permintaan perbaikan terkirim", true)}>
            Minta perbaikan
          </Button>
          <Button size="small" variant="danger" disabled={busy} onClick={() => act("/suspend", withReason, `${seller.name} dibekukan`, true)}>
            Bekukan
          </Button>
        </div>
      </div>
    </Container>
  )
}

/** City staff: the verification queue (oldest applicant first) and documents that expire soon. */
const VerificationPage = () => {
  const queue = useAdminQuery<{ sellers: PendingSeller[]; count: number }>("/admin/sellers", { status: "pending", sort: "oldest", limit: 50 })
  const expiring = useAdminQuery<{ documents: ExpiringDocument[] }>("/admin/seller-documents/expiring", { within_days: 30 })

  return (
    <div className="flex flex-col gap-4">
      <Container className="px-6 py-4">
        <Heading level="h1">Verifikasi Penjual</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {queue.loading ? "Memuat…" : `${queue.data?.count ?? 0} penjual menunggu, yang paling lama di atas.`}
        </Text>
      </Container>
      {queue.data?.sellers.map((seller) => (
        <ApplicantCard key={seller.id} seller={seller} onChange={async () => { await queue.reload(); await expiring.reload() }} />
      ))}
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Dokumen segera kedaluwarsa</Heading>
          <Text size="small" className="text-ui-fg-subtle">30 hari ke depan. Hubungi penjual agar memperpanjang izinnya.</Text>
        </div>
        <div className="overflow-x-auto">
          <Table>
            <HeaderRow columns={["Penjual", "Dokumen", "Berlaku s.d.", "Sisa", "Hubungi"]} />
            <Table.Body>
              {expiring.data?.documents.map((doc) => {
                const text = `Halo ${doc.seller.name}, ${doc.type.toUpperCase()} Anda (${doc.number}) berlaku sampai ${tanggal(doc.expires_at)}. Mohon diperpanjang dan unggah dokumen barunya di Sentra.`
                return (
                  <Table.Row key={`${doc.seller.id}-${doc.type}`}>
                    <Table.Cell>{doc.seller.name}</Table.Cell>
                    <Table.Cell>{doc.type.toUpperCase()} {doc.number}</Table.Cell>
                    <Table.Cell>{tanggal(doc.expires_at)}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={doc.days_left <= 7 ? "red" : "orange"}>{doc.days_left} hari</Badge>
                    </Table.Cell>
                    <Table.Cell>
                      <a className="text-ui-fg-interactive" target="_blank" rel="noreferrer"
                        href={`${doc.seller.whatsapp_url}?text=${encodeURIComponent(text)}`}>
                        WhatsApp
                      </a>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
          {expiring.data && !expiring.data.documents.length && (
            <Text size="small" className="px-6 py-4 text-ui-fg-subtle">Tidak ada dokumen yang kedaluwarsa dalam 30 hari.</Text>
          )}
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Verifikasi", icon: ShieldCheck })

export default VerificationPage
