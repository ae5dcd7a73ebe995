import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import OrderTicket from "./models/order-ticket"
import OrderTicketEvent from "./models/order-ticket-event"
import Seller from "./models/seller"
import SellerDocument from "./models/seller-document"
import SellerMember from "./models/seller-member"
import SellerStatusChange from "./models/seller-status-change"
import SellerUpload from "./models/seller-upload"
import type { TicketStatus } from "./models/order-ticket"
import { uploadQuotaExceeded, type UploadQuota } from "./upload-quota"

/** The transaction's entity manager (Medusa passes it in the shared context). */
interface SqlManager {
  execute<T = unknown>(sql: string, params?: unknown[], method?: "all" | "get" | "run"): Promise<T>
}
const sql = (context: Context) => context.transactionManager as SqlManager

/** Who changed a ticket, as its events record it. */
export interface TicketActor {
  type: string
  id: string
}

/** A new kitchen ticket (the step picks its status and pickup code). */
export interface NewOrderTicket {
  order_id: string
  parent_order_id: string | null
  seller_id: string
  fulfillment_type: "pickup" | "delivery"
  status: TicketStatus
  pickup_code: string
}

/** One status change of a ticket. `ticket_reason`: the reason the ticket itself keeps (decline/cancel); left out, the ticket's reason stays. */
export interface TicketMove {
  ticket_id: string
  from_status: TicketStatus
  to_status: TicketStatus
  reason: string | null
  ticket_reason?: string | null
  actor: TicketActor
}

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

  /**
   * Creates kitchen tickets, each with its first event (null → its status). One transaction: if
   * an event cannot be written, no ticket is left either.
   */
  @InjectTransactionManager()
  async createTicketsWithFirstEvents(tickets: NewOrderTicket[], actor: TicketActor, @MedusaContext() context: Context = {}) {
    const created = await this.createOrderTickets(tickets, context)
    await this.createOrderTicketEvents(
      created.map((ticket) => ({
        ticket_id: ticket.id,
        from_status: null,
        to_status: ticket.status,
        reason: null,
        actor_type: actor.type,
        actor_id: actor.id,
      })),
      context
    )
    return created
  }

  /**
   * Moves a ticket to its new status and records the event (who, when, from → to, why). One
   * transaction: if the event cannot be written, the ticket keeps its old status and reason.
   */
  @InjectTransactionManager()
  async moveTicketStatus(move: TicketMove, @MedusaContext() context: Context = {}) {
    const ticket = await this.updateOrderTickets(
      {
        id: move.ticket_id,
        status: move.to_status,
        ...(move.ticket_reason !== undefined ? { reason: move.ticket_reason } : {}),
      },
      context
    )
    const event = await this.createOrderTicketEvents(
      {
        ticket_id: move.ticket_id,
        from_status: move.from_status,
        to_status: move.to_status,
        reason: move.reason,
        actor_type: move.actor.type,
        actor_id: move.actor.id,
      },
      context
    )
    return { ticket, event }
  }
}

export default SellerModuleService
