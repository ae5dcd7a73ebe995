import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Input, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { sdk } from "../../lib/sdk"
import { PageTitle } from "../../lib/page"

type Status = "pending" | "approved" | "suspended"

interface AdminSeller {
  id: string
  name: string
  handle: string
  status: Status
  status_reason: string | null
  categories: string[]
  whatsapp: string
  district?: { code: string; name: string; regency_name: string } | null
  documents?: { type: string; verified: boolean }[]
}

const STATUS_LABEL: Record<Status, string> = { pending: "Menunggu", approved: "Disetujui", suspended: "Dibekukan" }
const STATUS_COLOR: Record<Status, "orange" | "green" | "red"> = { pending: "orange", approved: "green", suspended: "red" }

/** City staff: sellers waiting for verification (or any status), with approve / suspend. */
const SellersPage = () => {
  const [status, setStatus] = useState<Status>("pending")
  const [sellers, setSellers] = useState<AdminSeller[]>([])
  const [count, setCount] = useState(0)
  const [loading, setLoading] = useState(true)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState<string | null>(null)

  const load = useCallback(async () => {
    setLoading(true)
    try {
      const data = await sdk.client.fetch<{ sellers: AdminSeller[]; count: number }>("/admin/sellers", {
        query: { status, limit: 100 },
      })
      setSellers(data.sellers)
      setCount(data.count)
    } catch (error) {
      toast.error("Gagal memuat penjual", { description: (error as Error).message })
    } finally {
      setLoading(false)
    }
  }, [status])

  useEffect(() => {
    void load()
  }, [load])

  const decide = async (seller: AdminSeller, action: "approve" | "suspend") => {
    const reason = reasons[seller.id]?.trim()
    if (action === "suspend" && !reason) {
      toast.error("Alasan pembekuan wajib diisi")
      return
    }
    setBusy(seller.id)
    try {
      await sdk.client.fetch(`/admin/sellers/${seller.id}/${action}`, { method: "POST", body: reason ? { reason } : {} })
      toast.success(action === "approve" ? `${seller.name} disetujui` : `${seller.name} dibekukan`)
      await load()
    } catch (error) {
      toast.error("Gagal menyimpan keputusan", { description: (error as Error).message })
    } finally {
      setBusy(null)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <PageTitle title="Penjual UMKM">
          {loading ? "Memuat…" : `${count} penjual berstatus ${STATUS_LABEL[status].toLowerCase()}`}
        </PageTitle>
        <div className="flex gap-2">
          {(Object.keys(STATUS_LABEL) as Status[]).map((value) => (
            <Button key={value} size="small" variant={value === status ? "primary" : "secondary"} onClick={() => setStatus(value)}>
              {STATUS_LABEL[value]}
            </Button>
          ))}
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Penjual</Table.HeaderCell>
            <Table.HeaderCell>Kecamatan</Table.HeaderCell>
            <Table.HeaderCell>Dokumen</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Alasan</Table.HeaderCell>
            <Table.HeaderCell>Tindakan</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sellers.map((seller) => (
            <Table.Row key={seller.id}>
              <Table.Cell>
                <div className="flex flex-col">
                  <Text size="small" weight="plus">{seller.name}</Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">{seller.categories.join(", ")}</Text>
                </div>
              </Table.Cell>
              <Table.Cell>
                {seller.district ? `${seller.district.name}, ${seller.district.regency_name}` : "–"}
              </Table.Cell>
              <Table.Cell>
                <div className="flex gap-1">
                  {(seller.documents ?? []).map((doc) => (
                    <Badge key={doc.type} size="2xsmall" color={doc.verified ? "green" : "grey"}>
                      {doc.type.toUpperCase()}
                    </Badge>
                  ))}
                </div>
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_COLOR[seller.status]}>{STATUS_LABEL[seller.status]}</Badge>
              </Table.Cell>
              <Table.Cell>
                <Input
                  size="small"
                  placeholder={seller.status_reason ?? "Alasan (wajib untuk pembekuan)"}
                  value={reasons[seller.id] ?? ""}
                  onChange={(event) => setReasons({ ...reasons, [seller.id]: event.target.value })}
                />
              </Table.Cell>
              <Table.Cell>
                <div className="flex gap-2">
                  {seller.status !== "approved" && (
                    <Button size="small" isLoading={busy === seller.id} onClick={() => decide(seller, "approve")}>
                      Setujui
                    </Button>
                  )}
                  {seller.status !== "suspended" && (
                    <Button size="small" variant="danger" isLoading={busy === seller.id} onClick={() => decide(seller, "suspend")}>
                      Bekukan
                    </Button>
                  )}
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Penjual UMKM",
  icon: BuildingStorefront,
})

export default SellersPage
