import { MedusaService } from "@medusajs/framework/utils"
import OrderTicket from "./models/order-ticket"
import OrderTicketEvent from "./models/order-ticket-event"
import Seller from "./models/seller"
import SellerDocument from "./models/seller-document"
import SellerMember from "./models/seller-member"
import SellerStatusChange from "./models/seller-status-change"

class SellerModuleService extends MedusaService({
  Seller,
  SellerDocument,
  SellerMember,
  SellerStatusChange,
  OrderTicket,
  OrderTicketEvent,
}) {}

export default SellerModuleService
