import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminBankAccountMiddlewares } from "./bank-accounts/middlewares"
import { adminDistrictMiddlewares } from "./districts/middlewares"
import { adminExposureMiddlewares } from "./exposure/middlewares"
import { adminLedgerMiddlewares } from "./ledger/middlewares"
import { adminMarketplaceOrderMiddlewares } from "./marketplace-orders/middlewares"
import { adminPaymentIssueMiddlewares } from "./payment-issues/middlewares"
import { adminPayoutMiddlewares } from "./payouts/middlewares"
import { adminReportMiddlewares } from "./reports/middlewares"
import { adminSellerMiddlewares } from "./sellers/middlewares"

/** /admin/* is authenticated by Medusa itself (admin users); add each route folder's validators here. */
export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminSellerMiddlewares,
  ...adminDistrictMiddlewares,
  ...adminLedgerMiddlewares,
  ...adminReportMiddlewares,
  ...adminBankAccountMiddlewares,
  ...adminPayoutMiddlewares,
  ...adminPaymentIssueMiddlewares,
  ...adminExposureMiddlewares,
  ...adminMarketplaceOrderMiddlewares,
]
