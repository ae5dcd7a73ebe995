import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import OrderTicket from "./models/order-ticket"
import OrderTicketEvent from "./models/order-ticket-event"
import Seller from "./models/seller"
import SellerDocument from "./models/seller-document"
import SellerMember from "./models/seller-member"
import SellerStatusChange from "./models/seller-status-change"
import SellerUpload from "./models/seller-upload"
import { uploadQuotaExceeded, type UploadQuota } from "./upload-quota"

/** The transaction's entity manager (Medusa passes it in the shared context). */
interface SqlManager {
  execute<T = unknown>(sql: string, params?: unknown[], method?: "all" | "get" | "run"): Promise<T>
}
const sql = (context: Context) => context.transactionManager as SqlManager

class SellerModuleService extends MedusaService({
  Seller,
  SellerDocument,
  SellerMember,
  SellerStatusChange,
  OrderTicket,
  OrderTicketEvent,
  SellerUpload,
}) {
  /**
   * Reserves quota for files a seller is about to upload: one row per file, written only if the
   * seller's uploads so far plus these stay within `quota` (else a `upload_quota_exceeded` error
   * and nothing is written).
   *
   * One transaction: the seller's row is locked (`for update`) before its uploads are counted, so
   * two uploads of one seller at the same moment are counted one after the other and can never
   * both pass the limit; other sellers are not blocked.
   */
  @InjectTransactionManager()
  async reserveSellerUploads(seller_id: string, files: { bytes: number }[], quota: UploadQuota, @MedusaContext() context: Context = {}) {
    const [seller] = await sql(context).execute<{ id: string }[]>(
      `select id from seller where id = ? and deleted_at is null for update`,
      [seller_id]
    )
    if (!seller) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${seller_id} was not found`)
    }
    const [used] = await sql(context).execute<{ files: number; bytes: string | number }[]>(
      `select count(*)::int as files, coalesce(sum(bytes), 0)::bigint as bytes from seller_upload where seller_id = ? and deleted_at is null`,
      [seller_id]
    )
    const adding = { files: files.length, bytes: files.reduce((sum, f) => sum + f.bytes, 0) }
    const exceeded = uploadQuotaExceeded(quota, { files: used.files, bytes: Number(used.bytes) }, adding)
    if (exceeded) throw exceeded
    return this.createSellerUploads(files.map((f) => ({ seller_id, bytes: f.bytes })), context)
  }
}

export default SellerModuleService
