import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import type { Credentials } from "./options"

export { DEV_ADMIN } from "./options"

/** Creates an admin user with an emailpass identity unless one with that email exists. */
export async function ensureAdminUser(
  container: MedusaContainer,
  credentials: Credentials,
  name: { first_name: string; last_name: string } = { first_name: "Admin", last_name: "Sentra" }
): Promise<{ created: boolean }> {
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email: credentials.email })
  if (existing) {
    return { created: false }
  }
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email: credentials.email, ...name }] },
  })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: credentials.email, password: credentials.password },
  })
  if (error || !authIdentity) {
    await users.deleteUsers([result[0].id])
    throw new Error(`Could not register the admin identity: ${error}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
  return { created: true }
}
