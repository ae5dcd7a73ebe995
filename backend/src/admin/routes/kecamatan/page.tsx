import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { HeaderRow } from "../../lib/table"
import { postAdmin, useAdminQuery } from "../../lib/api"
import { STOREFRONT_URL } from "../../lib/format"
import { sdk } from "../../lib/sdk"

interface AdminDistrict {
  code: string
  name: string
  regency_code: string
  regency_name: string
  featured_rank: number | null
  headline: string | null
  story: string | null
  hero_image_url: string | null
  flagship_product_id: string | null
  sellers_by_status: { pending: number; approved: number; suspended: number }
  product_count: number
}

interface Candidate {
  id: string
  title: string
  seller: { name: string }
}

const NO_FLAGSHIP = "none"

/** The curation form of one kecamatan, in a drawer. */
function DistrictEditor({ district, onClose, onSaved }: { district: AdminDistrict; onClose: () => void; onSaved: () => Promise<void> }) {
  const candidates = useAdminQuery<{ products: Candidate[] }>(`/admin/districts/${district.code}/flagship-candidates`)
  const [form, setForm] = useState({
    featured_rank: district.featured_rank?.toString() ?? "",
    headline: district.headline ?? "",
    story: district.story ?? "",
    hero_image_url: district.hero_image_url ?? "",
    flagship_product_id: district.flagship_product_id ?? NO_FLAGSHIP,
  })
  const [busy, setBusy] = useState(false)
  const set = (field: keyof typeof form) => (value: string) => setForm({ ...form, [field]: value })

  const upload = async (file: File | undefined) => {
    if (!file) return
    setBusy(true)
    try {
      const { files } = await sdk.admin.upload.create({ files: [file] })
      set("hero_image_url")(files[0].url)
      toast.success("Gambar diunggah")
    } catch (error) {
      toast.error("Gagal mengunggah", { description: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }

  const save = async () => {
    setBusy(true)
    const text = (value: string) => value.trim() || null
    const saved = await postAdmin(
      `/admin/districts/${district.code}`,
      {
        featured_rank: form.featured_rank.trim() ? Number(form.featured_rank) : null,
        headline: text(form.headline),
        story: text(form.story),
        hero_image_url: text(form.hero_image_url),
        flagship_product_id: form.flagship_product_id === NO_FLAGSHIP ? null : form.flagship_product_id,
      },
      `Kecamatan ${district.name} disimpan`
    )
    setBusy(false)
    if (saved) {
      await onSaved()
      onClose()
    }
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Kecamatan {district.name}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <div className="flex flex-col gap-1">
            <Label htmlFor="rank">Peringkat unggulan (kosong = tidak diunggulkan)</Label>
            <Input id="rank" type="number" min={1} value={form.featured_rank} onChange={(e) => set("featured_rank")(e.target.value)} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="headline">Judul singkat</Label>
            <Input id="headline" maxLength={160} value={form.headline} onChange={(e) => set("headline")(e.target.value)} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="story">Cerita kecamatan</Label>
            <Textarea id="story" rows={6} maxLength={5000} value={form.story} onChange={(e) => set("story")(e.target.value)} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="hero">Gambar utama (URL atau unggah)</Label>
            <Input id="hero" value={form.hero_image_url} onChange={(e) => set("hero_image_url")(e.target.value)} placeholder="https://…" />
            <input type="file" accept="image/*" aria-label="Unggah gambar utama" disabled={busy}
              className="txt-compact-small" onChange={(e) => upload(e.target.files?.[0])} />
            {form.hero_image_url && <img src={form.hero_image_url} alt="" className="mt-1 max-h-40 rounded-md object-cover" />}
          </div>
          <div className="flex flex-col gap-1">
            <Label>Produk unggulan (penjual disetujui di kecamatan ini)</Label>
            <Select value={form.flagship_product_id} onValueChange={set("flagship_product_id")}>
              <Select.Trigger><Select.Value placeholder="Pilih produk" /></Select.Trigger>
              <Select.Content>
                <Select.Item value={NO_FLAGSHIP}>Tanpa produk unggulan</Select.Item>
                {candidates.data?.products.map((p) => (
                  <Select.Item key={p.id} value={p.id}>{p.title} — {p.seller.name}</Select.Item>
                ))}
              </Select.Content>
            </Select>
            {candidates.data && !candidates.data.products.length && (
              <Text size="small" className="text-ui-fg-subtle">Belum ada produk tampil dari penjual yang disetujui di sini.</Text>
            )}
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <a className="txt-compact-small text-ui-fg-interactive mr-auto" href={`${STOREFRONT_URL}/kecamatan/${district.code}`} target="_blank" rel="noreferrer">
            Pratinjau di toko
          </a>
          <Button variant="secondary" onClick={onClose}>Batal</Button>
          <Button isLoading={busy} onClick={save}>Simpan</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** City staff: every loaded kecamatan by city, its sellers and products, and its curation. */
const DistrictsPage = () => {
  const { data, loading, reload } = useAdminQuery<{ districts: AdminDistrict[] }>("/admin/districts", { limit: 500 })
  const cities = useMemo(() => {
    const byCode = new Map<string, string>()
    for (const d of data?.districts ?? []) byCode.set(d.regency_code, d.regency_name)
    return [...byCode].sort((a, b) => a[1].localeCompare(b[1], "id"))
  }, [data])
  const [city, setCity] = useState<string>("")
  const [editing, setEditing] = useState<AdminDistrict | null>(null)
  const [regency, setRegency] = useState("")
  const shown = (data?.districts ?? []).filter((d) => d.regency_code === (city || cities[0]?.[0]))

  const loadCity = async () => {
    const result = await postAdmin<{ created: number }>("/admin/districts/load", { regency_codes: [regency.trim()] }, "Kecamatan dimuat")
    if (result) {
      setRegency("")
      await reload()
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Kecamatan</Heading>
          <Text size="small" className="text-ui-fg-subtle">{loading ? "Memuat…" : `${shown.length} kecamatan`}</Text>
        </div>
        <div className="w-64">
          <Select value={city || cities[0]?.[0] || ""} onValueChange={setCity}>
            <Select.Trigger aria-label="Kota"><Select.Value placeholder="Kota" /></Select.Trigger>
            <Select.Content>
              {cities.map(([code, name]) => <Select.Item key={code} value={code}>{name}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
      </div>
      <div className="overflow-x-auto">
        <Table>
          <HeaderRow columns={["Kecamatan", "Penjual", "Produk", "Unggulan", "Judul", ""]} />
          <Table.Body>
            {shown.map((d) => (
              <Table.Row key={d.code}>
                <Table.Cell>
                  <div className="flex flex-col">
                    <Text size="small" weight="plus">{d.name}</Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">{d.code}</Text>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  {d.sellers_by_status.approved}
                  {d.sellers_by_status.pending > 0 && <Badge size="2xsmall" color="orange" className="ml-2">{d.sellers_by_status.pending} menunggu</Badge>}
                </Table.Cell>
                <Table.Cell>{d.product_count}</Table.Cell>
                <Table.Cell>{d.featured_rank ? <Badge size="2xsmall" color="green">#{d.featured_rank}</Badge> : "–"}</Table.Cell>
                <Table.Cell className="max-w-xs truncate">{d.headline ?? "–"}</Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="secondary" onClick={() => setEditing(d)}>Ubah</Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <div className="flex flex-wrap items-end gap-2 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Label htmlFor="regency">Muat kecamatan kota/kabupaten lain (kode Kemendagri, mis. 35.78)</Label>
          <Input id="regency" value={regency} onChange={(e) => setRegency(e.target.value)} placeholder="35.78" />
        </div>
        <Button variant="secondary" disabled={!regency.trim()} onClick={loadCity}>Muat</Button>
      </div>
      {editing && <DistrictEditor district={editing} onClose={() => setEditing(null)} onSaved={reload} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Kecamatan", icon: MapPin })

export default DistrictsPage
