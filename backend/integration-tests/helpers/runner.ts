/**
 * Medusa's integration test runner, on a copy of the migrated template database when the suite
 * runner made one (integration-tests/run-suites.mjs sets SENTRA_TEST_TEMPLATE_DB): the copy is a
 * file copy inside PostgreSQL, and Medusa's runner then finds every migration applied instead of
 * running them all again. Without the template (one file run by hand), it is Medusa's runner as is.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import pg from "pg"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

async function copyTemplate(template: string, database: string) {
  const client = new pg.Client({
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
    database: "postgres",
  })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`)
  } finally {
    await client.end()
  }
}

export function integrationTestRunner(options: RunnerOptions) {
  const template = process.env.SENTRA_TEST_TEMPLATE_DB
  if (!template) return medusaIntegrationTestRunner(options)
  const database = `sentra-suite-${process.pid}-${Date.now().toString(36)}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName: database,
    hooks: {
      ...options.hooks,
      // Runs before the runner creates (here: finds) the database and migrates it.
      beforeServerStart: async (container) => {
        await copyTemplate(template, database)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
