import { defineLink } from "@medusajs/framework/utils"
import DistrictModule from "../modules/district"
import SellerModule from "../modules/seller"

/** The kecamatan a seller belongs to (a district has many sellers). */
export default defineLink(DistrictModule.linkable.district, {
  linkable: SellerModule.linkable.seller,
  isList: true,
})
