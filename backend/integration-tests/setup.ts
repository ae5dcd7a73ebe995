import { createRequire } from "node:module"

const require = createRequire(`${process.cwd()}/`)

// Medusa require()s modules, links, workflows and routes from src/*.ts at runtime.
require("ts-node").register({ transpileOnly: true, swc: true })

// Each suite boots a fresh app; MikroORM's global metadata must not leak between them.
const { MetadataStorage } = require("@mikro-orm/core")
MetadataStorage.clear()

process.env.MEDUSA_FF_ANALYTICS = "false"
process.env.LOG_LEVEL ??= "error"
process.env.DISABLE_MEDUSA_ADMIN = "true"
