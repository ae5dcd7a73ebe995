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

// Every suite logs in from 127.0.0.1: login limits far above what a suite does in a minute. The
// limiter reads them at each attempt; foundation.spec.ts lowers them to test the 429s.
process.env.SENTRA_AUTH_RATE_LIMIT ??= "1000"
process.env.SENTRA_AUTH_RATE_LIMIT_IP ??= "1000"
