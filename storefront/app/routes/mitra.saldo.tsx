import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { ACCOUNT_KEY, LEDGER_PAGE, ledgerRows, payoutAccountState, payoutRows, saldoSummary, shownCount, wibTime } from "~/lib/mitra/saldo"
import { loadSaldo } from "~/lib/mitra/saldo.server"
import { requireSeller } from "~/lib/mitra/session.server"

/** Saldo: what the city owes the seller (and the reverse), its payouts and its settled orders. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSeller(request)
  const { lines, payouts, bankAccount, orderNumbers } = await loadSaldo(request, session)
  const shown = shownCount(new URL(request.url).searchParams.get("tampil"))
  return data(
    {
      locale: resolveLocale(request),
      summary: saldoSummary(lines, payouts),
      account: { state: payoutAccountState(bankAccount), bank: bankAccount?.bank_name ?? "", number: bankAccount?.account_number ?? "", reason: bankAccount?.rejection_reason ?? "" },
      payouts: payoutRows(payouts),
      ledger: ledgerRows(lines, orderNumbers, shown),
      shown,
    },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.saldo.metaTitle") }]

export default function Saldo() {
  const { locale, summary, account, payouts, ledger, shown } = useLoaderData<typeof loader>()
  const empty = ledger.rows.length === 0 && payouts.length === 0
  return (
    <section className="mitra-saldo" aria-labelledby="saldo-heading">
      <h1 id="saldo-heading">{t(locale, "mitra.saldo.heading")}</h1>

      <div className="mitra-card">
        <h2>{t(locale, "mitra.saldo.balance")}</h2>
        <p className="mitra-sales">{formatRupiah(Math.max(summary.balance, 0))}</p>
        {summary.balance < 0 && <p className="mitra-saldo__debt">{t(locale, "mitra.saldo.balanceOwedToCity", { amount: formatRupiah(-summary.balance) })}</p>}
        <dl className="mitra-saldo__sums">
          <div>
            <dt>{t(locale, "mitra.saldo.cardOwed")}</dt>
            <dd>{formatRupiah(summary.cardNetOwed)}</dd>
            <dd className="field-hint">{t(locale, "mitra.saldo.cardOwedHint")}</dd>
          </div>
          <div>
            <dt>{t(locale, "mitra.saldo.cashFeeOwed")}</dt>
            <dd>{formatRupiah(summary.cashFeeOwed)}</dd>
            <dd className="field-hint">{t(locale, "mitra.saldo.cashFeeOwedHint")}</dd>
          </div>
        </dl>
        {summary.pendingPayouts > 0 && <p>{t(locale, "mitra.saldo.pendingPayouts", { amount: formatRupiah(summary.pendingPayouts) })}</p>}
        <p className={`mitra-saldo__account mitra-saldo__account--${account.state}`}>
          {t(locale, ACCOUNT_KEY[account.state], { bank: account.bank, number: account.number, reason: account.reason })}{" "}
          <Link to="/mitra/profil#rekening">{t(locale, "mitra.saldo.account.link")}</Link>
        </p>
      </div>

      {empty ? (
        <p className="empty-state">{t(locale, "mitra.saldo.empty")}</p>
      ) : (
        <>
          <h2>{t(locale, "mitra.saldo.payouts")}</h2>
          {payouts.length === 0 ? (
            <p className="field-hint">{t(locale, "mitra.saldo.payouts.empty")}</p>
          ) : (
            <ul className="mitra-saldo__list">
              {payouts.map((p) => (
                <li key={p.id} className="mitra-saldo__item">
                  <p className="mitra-saldo__head">
                    <strong>{p.amount}</strong>
                    <span className={`mitra-pill mitra-pill--${p.paid ? "completed" : "pending"}`}>{t(locale, p.paid ? "mitra.saldo.payout.paid" : "mitra.saldo.payout.pending")}</span>
                  </p>
                  <p className="field-hint">
                    {t(locale, "mitra.saldo.payout.created", { date: wibTime(p.createdAt, locale), count: p.orders, bank: p.bank, number: p.accountNumber })}
                  </p>
                  {p.paidAt && <p>{t(locale, "mitra.saldo.payout.paidOn", { date: wibTime(p.paidAt, locale) })}</p>}
                  {p.reference && <p>{t(locale, "mitra.saldo.payout.reference", { reference: p.reference })}</p>}
                </li>
              ))}
            </ul>
          )}

          <h2>{t(locale, "mitra.saldo.lines")}</h2>
          <p className="field-hint">{t(locale, "mitra.saldo.linesHint")}</p>
          <ul className="mitra-saldo__list">
            {ledger.rows.map((row) => (
              <li key={row.id} className="mitra-saldo__item">
                <p className="mitra-saldo__head">
                  <Link to={`/mitra/pesanan/${row.orderId}`}>
                    {row.orderNumber === null ? t(locale, "mitra.saldo.orderUnknown") : t(locale, "mitra.saldo.order", { number: row.orderNumber })}
                  </Link>
                  <span className={`mitra-pill mitra-pill--${row.paidOut ? "completed" : "pending"}`}>{t(locale, row.paidOut ? "mitra.saldo.inPayout" : "mitra.saldo.notInPayout")}</span>
                </p>
                <p className="field-hint">{wibTime(row.settledAt, locale)}</p>
                <p>{t(locale, row.methodKey)}</p>
                <dl className="mitra-saldo__amounts">
                  <div>
                    <dt>{t(locale, "mitra.saldo.gross")}</dt>
                    <dd>{row.gross}</dd>
                  </div>
                  <div>
                    <dt>{t(locale, "mitra.saldo.fee")}</dt>
                    <dd>{row.fee}</dd>
                  </div>
                  <div>
                    <dt>{t(locale, "mitra.saldo.net")}</dt>
                    <dd>{row.net}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
          {ledger.more && (
            <p>
              <Link to={`/mitra/saldo?tampil=${shown + LEDGER_PAGE}`} className="button button--secondary button--block">
                {t(locale, "mitra.saldo.more")}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  )
}

export const ErrorBoundary = PanelErrorBoundary
