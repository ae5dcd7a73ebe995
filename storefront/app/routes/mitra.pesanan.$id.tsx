import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useActionData, useLoaderData } from "@remix-run/react"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { TicketCard } from "~/components/mitra/ticket-card"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { getTicket, ticketAction } from "~/lib/mitra/orders.server"
import { requireSeller, requireSellerForm } from "~/lib/mitra/session.server"

/** One order; another seller's order id is "not found" (the vendor API's 404). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSeller(request)
  const ticket = await getTicket(request, session, params.id ?? "")
  return data({ locale: resolveLocale(request), ticket }, { headers: { "Cache-Control": "private, no-store" } })
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? t(data.locale, "mitra.orders.number", { number: data.ticket.number }) : t(DEFAULT_LOCALE, "mitra.notFound.title") },
]

export async function action({ request }: ActionFunctionArgs) {
  const { session, form } = await requireSellerForm(request)
  const result = await ticketAction(request, session, form)
  return data({ result }, { status: result ? 400 : 200 })
}

export default function OrderDetail() {
  const { locale, ticket } = useLoaderData<typeof loader>()
  const moved = useActionData<typeof action>()
  return (
    <section className="mitra-orders">
      <p>
        <Link to="/mitra/pesanan">← {t(locale, "mitra.orders.heading")}</Link>
      </p>
      <TicketCard ticket={ticket} result={moved?.result} linkTitle={false} />
    </section>
  )
}

export const ErrorBoundary = PanelErrorBoundary
