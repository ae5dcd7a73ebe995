/** What `npm run dev` and `npm start` share: ports, URLs and the ready banner. */
export function stackPorts(defaultStorefrontPort: number) {
  const backendPort = Number(process.env.BACKEND_PORT || 9000)
  const storefrontPort = Number(process.env.STOREFRONT_PORT || defaultStorefrontPort)
  const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${backendPort}`
  return { backendPort, storefrontPort, backendUrl, storefrontUrl: `http://localhost:${storefrontPort}` }
}

export function printReady(info: { storefrontUrl: string; backendUrl: string; seconds: number }) {
  const email = process.env.SENTRA_ADMIN_EMAIL || "admin@sentra.local"
  const password = process.env.SENTRA_ADMIN_PASSWORD ? "(from SENTRA_ADMIN_PASSWORD)" : "sentra-admin"
  console.log(
    [
      "",
      "────────────────────────────────────────────────────────",
      ` Sentra is running (ready in ${info.seconds.toFixed(1)} s)`,
      ` Storefront      ${info.storefrontUrl}`,
      ` API             ${info.backendUrl}`,
      ` Medusa Admin    ${info.backendUrl}/app`,
      `   login         ${email} / ${password}`,
      " Stop with Ctrl+C",
      "────────────────────────────────────────────────────────",
      "",
    ].join("\n")
  )
}
