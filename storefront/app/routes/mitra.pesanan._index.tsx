import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useActionData, useLoaderData } from "@remix-run/react"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { TicketCard } from "~/components/mitra/ticket-card"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { listTickets, ticketAction } from "~/lib/mitra/orders.server"
import { requireSeller, requireSellerForm } from "~/lib/mitra/session.server"
import { ORDER_TABS, orderTab } from "~/lib/mitra/status"

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSeller(request)
  const tab = orderTab(new URL(request.url).searchParams.get("tab"))
  const tickets = await listTickets(request, session, tab)
  return data(
    { locale: resolveLocale(request), tab, tickets, loadedAt: new Date().toISOString() },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.orders.metaTitle") }]

export async function action({ request }: ActionFunctionArgs) {
  const { session, form } = await requireSellerForm(request)
  const result = await ticketAction(request, session, form)
  return data({ result }, { status: result ? 400 : 200 })
}

const TAB_KEY = { baru: "mitra.tab.baru", disiapkan: "mitra.tab.disiapkan", siap: "mitra.tab.siap", selesai: "mitra.tab.selesai" } as const

export default function Orders() {
  const { locale, tab, tickets, loadedAt } = useLoaderData<typeof loader>()
  const moved = useActionData<typeof action>()
  return (
    <section className="mitra-orders" aria-labelledby="orders-heading">
      <h1 id="orders-heading">{t(locale, "mitra.orders.heading")}</h1>
      <nav className="mitra-tabs" aria-label={t(locale, "mitra.orders.tabs")}>
        {(Object.keys(ORDER_TABS) as (keyof typeof ORDER_TABS)[]).map((key) => (
          <Link key={key} to={`/mitra/pesanan?tab=${key}`} aria-current={key === tab ? "page" : undefined} className="mitra-tab">
            {t(locale, TAB_KEY[key])}
          </Link>
        ))}
      </nav>
      <p className="mitra-refresh">
        {t(locale, "mitra.orders.updatedAt", { time: new Date(loadedAt).toLocaleTimeString("id-ID", { timeZone: "Asia/Jakarta", hour: "2-digit", minute: "2-digit" }) })}{" "}
        <Link to={`/mitra/pesanan?tab=${tab}`} reloadDocument>
          {t(locale, "mitra.orders.refresh")}
        </Link>
      </p>
      {tickets.length === 0 ? (
        <p className="empty-state">{t(locale, "mitra.orders.empty")}</p>
      ) : (
        tickets.map((ticket) => <TicketCard key={ticket.id} ticket={ticket} result={moved?.result} />)
      )}
    </section>
  )
}

export const ErrorBoundary = PanelErrorBoundary
