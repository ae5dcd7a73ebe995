/**
 * `npm run create-admin -- --email staf@kota.go.id`: creates a city staff account (Medusa Admin
 * login) in the project's database (embedded, or DATABASE_URL's). The password comes from
 * SENTRA_ADMIN_PASSWORD, or is asked for on the terminal (not echoed). This is how a production
 * deployment gets its first login: production setup never creates one.
 */
import { createInterface } from "node:readline"
import { BACKEND_DIR, medusa } from "@sentra/stack"
import { startProjectDatabase } from "./lib/common"

function emailArgument(argv: string[]): string {
  const index = argv.findIndex((arg) => arg === "--email" || arg.startsWith("--email="))
  const value = index < 0 ? undefined : argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1]
  if (!value) {
    throw new Error("Usage: npm run create-admin -- --email <email>   (password from SENTRA_ADMIN_PASSWORD or asked)")
  }
  return value
}

function askHidden(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new Error("No terminal to ask for the password: set SENTRA_ADMIN_PASSWORD."))
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
  process.stdout.write(prompt)
  // Echo nothing of what is typed.
  ;(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined
  return new Promise((resolve) =>
    rl.question("", (answer) => {
      rl.close()
      process.stdout.write("\n")
      resolve(answer)
    })
  )
}

async function main() {
  const email = emailArgument(process.argv.slice(2))
  const password = process.env.SENTRA_ADMIN_PASSWORD || (await askHidden(`Password for ${email} (min. 12 characters): `))
  const database = await startProjectDatabase()
  try {
    await medusa(["exec", "./src/scripts/create-admin.ts"], {
      cwd: BACKEND_DIR,
      env: { DATABASE_URL: database.url, SENTRA_NEW_ADMIN_EMAIL: email, SENTRA_NEW_ADMIN_PASSWORD: password },
      label: "create-admin",
      quiet: true,
    })
    console.log(`[sentra] staff account ${email} created: sign in to Medusa Admin at /app.`)
  } finally {
    await database.stop()
  }
}

main().catch((error: Error) => {
  const reason = /No account created: [^\n]*/.exec(error.message)?.[0] ?? error.message
  console.error(`[sentra] ${reason}`)
  process.exit(1)
})
