import { Link } from "@remix-run/react"
import { formatDateTime, formatDay, formatRupiah } from "@sentra/format"
import { intlLocale, t } from "~/i18n/panel"
import type { Ticket, TicketActionResult } from "~/lib/mitra/orders.server"
import { TICKET_STATUS_KEY } from "~/lib/mitra/status"
import { invalid, PanelForm, usePanel } from "./panel"

function ActionForm({ ticket, intent, label, secondary }: { ticket: Ticket; intent: string; label: string; secondary?: boolean }) {
  return (
    <PanelForm preventScrollReset>
      <input type="hidden" name="order_id" value={ticket.id} />
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={`button button--block${secondary ? " button--secondary" : ""}`}>
        {label}
      </button>
    </PanelForm>
  )
}

/** One kitchen ticket with its one-tap actions (plain forms: they work without JavaScript). */
export function TicketCard({ ticket, result, linkTitle = true }: { ticket: Ticket; result?: TicketActionResult | null; linkTitle?: boolean }) {
  const { locale } = usePanel()
  const mine = result?.orderId === ticket.id ? result : null
  const fieldError = (field: TicketActionResult["field"]) => (mine?.field === field ? mine.error : null)
  const title = t(locale, "mitra.orders.number", { number: ticket.number })
  const codeId = `code-${ticket.id}`
  const reasonId = `reason-${ticket.id}`
  return (
    <article className={`mitra-ticket mitra-ticket--${ticket.status}`} aria-labelledby={`t-${ticket.id}`}>
      <header className="mitra-ticket__header">
        <h2 id={`t-${ticket.id}`}>{linkTitle ? <Link to={`/mitra/pesanan/${ticket.id}`}>{title}</Link> : title}</h2>
        <span className={`mitra-pill mitra-pill--${ticket.status}`}>{t(locale, TICKET_STATUS_KEY[ticket.status])}</span>
      </header>
      <p className="mitra-ticket__meta">
        {formatDateTime(ticket.createdAt, "WIB", intlLocale(locale))} · <strong>{t(locale, ticket.pickup ? "mitra.orders.pickup" : "mitra.orders.delivery")}</strong>
      </p>
      {ticket.readyDate && (
        <p className="mitra-ticket__preorder">
          <strong>{t(locale, "mitra.orders.readyDate", { date: formatDay(ticket.readyDate, intlLocale(locale)) })}</strong>
        </p>
      )}
      {ticket.note && <p className="mitra-ticket__note">{t(locale, "mitra.orders.note", { note: ticket.note })}</p>}
      <ul className="mitra-ticket__items">
        {ticket.items.map((item) => (
          <li key={item.id}>
            <span className="mitra-ticket__qty">{item.quantity}×</span> {item.title}
            {item.variant && <span className="field-hint"> ({item.variant})</span>}
          </li>
        ))}
      </ul>
      <p className="mitra-ticket__total">{t(locale, "mitra.orders.total", { total: formatRupiah(ticket.total) })}</p>
      {ticket.payment && (
        <p className={`mitra-ticket__payment mitra-ticket__payment--${ticket.payment.state}`}>
          {ticket.payment.method && <>{t(locale, `order.paymentMethod.${ticket.payment.method}`)} · </>}
          {t(locale, `order.payment.${ticket.payment.state}`)}
        </p>
      )}
      {ticket.customerName && (
        <p className="mitra-ticket__customer">
          {t(locale, "mitra.orders.customer", { name: ticket.customerName })}
          {ticket.customerPhone && (
            <>
              {" · "}
              <a href={`https://wa.me/${ticket.customerPhone}`} target="_blank" rel="noreferrer">
                {t(locale, "mitra.orders.whatsapp", { phone: ticket.customerPhone })}
              </a>
            </>
          )}
        </p>
      )}
      {ticket.reason && <p className="mitra-ticket__reason">{t(locale, "mitra.orders.reason", { reason: ticket.reason })}</p>}
      {mine?.field === "form" && (
        <p className="notice notice--error" role="alert">
          {t(locale, mine.error)}
          {mine.message && <span className="mitra-backend-message"> ({mine.message})</span>}
        </p>
      )}

      <div className="mitra-ticket__actions">
        {ticket.status === "received" && (
          <>
            <ActionForm ticket={ticket} intent="accept" label={t(locale, "mitra.orders.accept")} />
            <details className="mitra-decline" open={!!fieldError("reason")}>
              <summary className="button button--secondary button--block">{t(locale, "mitra.orders.decline")}</summary>
              <PanelForm preventScrollReset>
                <input type="hidden" name="order_id" value={ticket.id} />
                <input type="hidden" name="intent" value="decline" />
                <div className="field">
                  <label htmlFor={reasonId}>{t(locale, "mitra.orders.reasonLabel")}</label>
                  <input id={reasonId} name="reason" maxLength={500} placeholder={t(locale, "mitra.orders.reasonPlaceholder")} {...invalid(reasonId, fieldError("reason"))} />
                  {fieldError("reason") && <p className="field-error" id={`${reasonId}-error`} role="alert">{t(locale, fieldError("reason")!)}</p>}
                </div>
                <button type="submit" className="button button--block">{t(locale, "mitra.orders.declineConfirm")}</button>
              </PanelForm>
            </details>
          </>
        )}
        {ticket.status === "preparing" && <ActionForm ticket={ticket} intent="ready" label={t(locale, "mitra.orders.ready")} />}
        {ticket.status === "ready" && (
          <PanelForm preventScrollReset className="mitra-complete">
            <input type="hidden" name="order_id" value={ticket.id} />
            <input type="hidden" name="intent" value="complete" />
            {ticket.pickup && (
              <div className="field">
                <label htmlFor={codeId}>{t(locale, "mitra.orders.codeLabel")}</label>
                <input id={codeId} name="pickup_code" autoComplete="off" autoCapitalize="characters" maxLength={12} className="mitra-code" {...invalid(codeId, fieldError("pickup_code"))} />
                {fieldError("pickup_code") && <p className="field-error" id={`${codeId}-error`} role="alert">{t(locale, fieldError("pickup_code")!)}</p>}
              </div>
            )}
            <button type="submit" className="button button--block">{t(locale, "mitra.orders.complete")}</button>
          </PanelForm>
        )}
      </div>
    </article>
  )
}
