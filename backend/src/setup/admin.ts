import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

/** The development admin login the README states (override with env for a real city). */
export const DEV_ADMIN = {
  email: process.env.SENTRA_ADMIN_EMAIL || "admin@sentra.local",
  password: process.env.SENTRA_ADMIN_PASSWORD || "sentra-admin",
}

/** Creates the admin user with an emailpass identity unless one with that email exists. */
export async function ensureAdminUser(
  container: MedusaContainer,
  credentials: { email: string; password: string } = DEV_ADMIN
): Promise<{ created: boolean }> {
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email: credentials.email })
  if (existing) {
    return { created: false }
  }
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email: credentials.email, first_name: "Admin", last_name: "Sentra" }] },
  })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: credentials.email, password: credentials.password },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not register the admin identity: ${error}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
  return { created: true }
}
