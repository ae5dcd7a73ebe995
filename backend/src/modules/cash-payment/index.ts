import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CashPaymentProvider from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [CashPaymentProvider] })
