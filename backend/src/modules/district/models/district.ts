import { model } from "@medusajs/framework/utils"

/**
 * A kecamatan (district), keyed by its Kemendagri code as idn-area-data writes it
 * (`32.73.02` = Coblong, Kota Bandung). Curation fields are set by city staff only.
 */
const District = model
  .define("district", {
    id: model.id({ prefix: "dist" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    regency_code: model.text(),
    regency_name: model.text().searchable(),
    province_code: model.text(),
    province_name: model.text(),
    featured_rank: model.number().nullable(),
    headline: model.text().nullable(),
    story: model.text().nullable(),
    hero_image_url: model.text().nullable(),
    flagship_product_id: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_district_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_district_regency_code", on: ["regency_code"] },
  ])

export default District
