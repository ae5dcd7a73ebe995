import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { notFoundBoundary } from "~/components/not-found-boundary"
import { pageHref, ProductList, ProductsSection } from "~/components/product-list"
import { DistrictLink, OpenState, SellerBadges } from "~/components/seller-status"
import { DEFAULT_LOCALE, intlLocale, t, type Locale } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { notFound } from "~/lib/not-found.server"
import { countExposure } from "~/lib/exposure/exposure.server"
import { clock } from "~/lib/opening-hours"
import { listProducts, pageParam, redirectPastLastPage } from "~/lib/product-list.server"
import { getSellerPage } from "~/lib/sellers.server"

const LOGO_SIZE = 80

/** GET /penjual/:handle — an approved seller: who, where, when open, how to chat, and its products. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const handle = params.handle ?? ""
  const url = new URL(request.url)
  const page = pageParam(url)
  const [seller, products] = await Promise.all([
    getSellerPage(handle),
    listProducts({ seller: handle }, page, request.signal),
  ])
  if (!seller) throw notFound()
  redirectPastLastPage(url, products)
  countExposure(request, "seller", products.products)
  // Every card would repeat the shop's name and kecamatan: the page already says them.
  const cards = products.products.map(({ seller: _seller, district: _district, ...card }) => card)
  return { locale, seller, products: { ...products, products: cards } }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: t(DEFAULT_LOCALE, "seller.notFoundTitle") }]
  const { locale, seller } = data
  const where = seller.district ? ` – ${seller.district.name}, ${seller.district.city}` : ""
  return [
    { title: `${seller.name}${where} | Sentra` },
    { name: "description", content: t(locale, "seller.metaDescription", { name: seller.name }) },
  ]
}

export const ErrorBoundary = notFoundBoundary("seller.notFoundTitle", "seller.notFoundMessage")

/** "7 Desember 2026" in the page's language. */
function longDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`))
}

export default function SellerPage() {
  const { locale, seller, products } = useLoaderData<typeof loader>()
  const chat = seller.whatsapp
    ? `https://wa.me/${seller.whatsapp}?text=${encodeURIComponent(t(locale, "seller.whatsappMessage", { name: seller.name }))}`
    : null

  return (
    <article className="seller-page" aria-labelledby="seller-name">
      <header className="seller-page__header">
        {seller.logo && (
          <img
            className="seller-page__logo"
            src={seller.logo}
            alt={t(locale, "seller.logoAlt", { name: seller.name })}
            width={LOGO_SIZE}
            height={LOGO_SIZE}
          />
        )}
        <div>
          <h1 id="seller-name" className="seller-page__name">
            {seller.name}
          </h1>
          <DistrictLink district={seller.district} locale={locale} className="seller-page__district" />
        </div>
      </header>

      <OpenState seller={seller} locale={locale} />
      <SellerBadges badges={seller.badges} locale={locale} />
      {seller.description && <p className="seller-page__description">{seller.description}</p>}

      {chat && (
        <p>
          <a className="button button--whatsapp" href={chat} rel="noopener noreferrer" target="_blank">
            {t(locale, "seller.whatsapp")}
          </a>
        </p>
      )}

      <ul className="seller-page__facts">
        <li>{t(locale, "seller.preparation", { minutes: seller.preparationMinutes })}</li>
        {seller.leadTimeDays > 0 && <li>{t(locale, "seller.leadTime", { days: seller.leadTimeDays })}</li>}
        {seller.pickupAddress && (
          <li>
            {t(locale, "seller.pickup")}: {seller.pickupAddress}
          </li>
        )}
      </ul>

      <section className="opening-hours" aria-labelledby="hours-heading">
        <h2 id="hours-heading">{t(locale, "seller.hours", { zone: seller.zone })}</h2>
        <table>
          <tbody>
            {seller.week.map(({ day, intervals }) => (
              <tr key={day} className={day === seller.today ? "opening-hours__today" : undefined}>
                <th scope="row">
                  {t(locale, `seller.day.${day}`)}
                  {day === seller.today && <span className="visually-hidden"> ({t(locale, "seller.today")})</span>}
                </th>
                <td>
                  {intervals.length === 0
                    ? t(locale, "seller.dayClosed")
                    : intervals.map((i) => (
                        <span key={i.open} className="opening-hours__interval">
                          {clock(i.open)}–{clock(i.close)}
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {seller.closures.length > 0 && (
          <>
            <h3>{t(locale, "seller.closures")}</h3>
            <ul className="seller-page__closures">
              {seller.closures.map((date) => (
                <li key={date}>
                  <time dateTime={date}>{longDate(date, locale)}</time>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <ProductsSection locale={locale} title={t(locale, "seller.products")} total={products.total}>
        <ProductList
          locale={locale}
          list={products}
          href={(page) => pageHref(`/penjual/${encodeURIComponent(seller.handle)}`, {}, page)}
          label={t(locale, "seller.pagination")}
          empty={t(locale, "seller.noProducts")}
        />
      </ProductsSection>
    </article>
  )
}
