import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureAdminUser } from "../setup/admin"
import { adminCredentialsProblems } from "../setup/options"

/**
 * `medusa exec ./src/scripts/create-admin.ts` — creates one city staff account (Medusa Admin
 * user with an email/password login). Run through `npm run create-admin -- --email …` (root),
 * which asks for the password; here it arrives as SENTRA_NEW_ADMIN_EMAIL / _PASSWORD.
 */
export default async function createAdmin({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const credentials = {
    email: (process.env.SENTRA_NEW_ADMIN_EMAIL ?? "").trim().toLowerCase(),
    password: process.env.SENTRA_NEW_ADMIN_PASSWORD ?? "",
  }
  const problems = adminCredentialsProblems(credentials)
  if (problems.length) {
    throw new Error(`No account created: ${problems.join(" ")}`)
  }
  const { created } = await ensureAdminUser(container, credentials, { first_name: "Staf", last_name: "Kota" })
  if (!created) {
    throw new Error(`No account created: a staff account with ${credentials.email} already exists.`)
  }
  logger.info(`Staff account ${credentials.email} created: sign in at /app.`)
}
