import { fileURLToPath } from "node:url"
import { vitePlugin as remix } from "@remix-run/dev"
import { defineConfig } from "vite"

// Types loader data as Single Fetch returns it (plain objects, not serialized JSON).
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true
  }
}

export default defineConfig({
  server: { port: 5173, strictPort: true },
  // Same alias as tsconfig.json "paths" (~/* -> ./app/*).
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  // Workspace packages built as CommonJS (shared with the backend) are loaded by Node, not
  // inlined by Vite (which would evaluate their CommonJS output as an ES module).
  ssr: { external: ["@sentra/vocabulary"] },
  // In the browser the same CommonJS package (the bank list of the panel's profile form) is
  // converted to an ES module: pre-bundled by the dev server, and by Rollup's CommonJS plugin in
  // the production build (a linked workspace package is not under node_modules).
  build: { commonjsOptions: { include: [/node_modules/, /packages\/vocabulary\/dist/] } },
  // @stripe/stripe-js/pure is imported only when the shopper chooses card: pre-bundled up front,
  // or the dev server would discover it then and reload the page, losing the card step.
  optimizeDeps: { include: ["@stripe/stripe-js/pure", "@sentra/vocabulary"] },
  plugins: [
    remix({
      // Every v3 flag on, so the move to React Router 7 is a codemod.
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
  ],
})
