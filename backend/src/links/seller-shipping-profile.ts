import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import SellerModule from "../modules/seller"

/**
 * Each seller ships its own products: its own shipping profile, with its own pickup and delivery
 * options (docs/decisions/092). A cart then takes one shipping method per seller, as Medusa
 * takes one per shipping profile.
 */
export default defineLink(SellerModule.linkable.seller, FulfillmentModule.linkable.shippingProfile)
