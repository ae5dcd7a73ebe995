/**
 * The one place that turns a `seller` auth token into "which seller is calling".
 *
 * The auth identity's `app_metadata.seller_id` holds the caller's SellerMember id (the actor);
 * the seller is that member's seller. Every /vendor route except onboarding runs behind
 * `requireSellerScope`, and route handlers read the scope through `sellerScope(req)` — never
 * a seller id from the body, query or path. Writes also pass `assertSellerMayWrite`.
 */
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import type { SellerStatus } from "../../modules/seller/models"

export interface SellerScope {
  seller_id: string
  member_id: string
  role: "owner" | "staff"
  status: SellerStatus
}

const SCOPE = Symbol("sentra.seller-scope")
type ScopedRequest = AuthenticatedMedusaRequest & { [SCOPE]?: SellerScope }

export async function requireSellerScope(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const memberId = req.auth_context?.actor_id
  if (!memberId) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Finish onboarding first: POST /vendor/sellers"))
  }
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [member] = await service.listSellerMembers({ id: memberId }, { relations: ["seller"] })
  if (!member?.seller) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unknown seller member"))
  }
  ;(req as ScopedRequest)[SCOPE] = {
    seller_id: member.seller.id,
    member_id: member.id,
    role: member.role,
    status: member.seller.status,
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    try {
      assertSellerMayWrite(sellerScope(req))
    } catch (error) {
      return next(error)
    }
  }
  next()
}

/**
 * What a seller may do, by status (docs/decisions/093): pending and approved sellers work on
 * their profile, listings, uploads and orders (a pending seller's listings stay hidden and it has
 * no orders yet); a suspended seller may only read. City staff handle a suspended seller's open
 * orders (they can cancel them in Medusa Admin).
 */
export function assertSellerMayWrite(scope: SellerScope): void {
  if (scope.status === "suspended") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Toko Anda sedang dinonaktifkan oleh kota: data hanya bisa dilihat, tidak bisa diubah. Hubungi petugas kota."
    )
  }
}

/** The caller's seller scope; throws if the route forgot `requireSellerScope`. */
export function sellerScope(req: AuthenticatedMedusaRequest): SellerScope {
  const scope = (req as ScopedRequest)[SCOPE]
  if (!scope) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "No seller scope on this request")
  }
  return scope
}
