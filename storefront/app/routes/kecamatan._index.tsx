import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { DEFAULT_LOCALE, t } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { listDistrictsByCity } from "~/lib/districts.server"

/** GET /kecamatan — every loaded kecamatan, grouped by city, with seller and product counts. */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const cities = await listDistrictsByCity()
  return { locale, cities }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? DEFAULT_LOCALE
  return [
    { title: t(locale, "district.metaTitle") },
    { name: "description", content: t(locale, "district.metaDescription") },
  ]
}

export default function DistrictsPage() {
  const { locale, cities } = useLoaderData<typeof loader>()
  return (
    <section className="districts" aria-labelledby="districts-heading">
      <h1 id="districts-heading" className="page-title">
        {t(locale, "district.heading")}
      </h1>
      {cities.length === 0 && <p className="empty-state">{t(locale, "district.empty")}</p>}
      {cities.map((city) => (
        <section key={city.code} className="districts__city" aria-labelledby={`city-${city.code}`}>
          <h2 id={`city-${city.code}`}>{city.name}</h2>
          <ul className="link-list">
            {city.districts.map((district) => (
              <li key={district.code}>
                <Link
                  to={`/kecamatan/${encodeURIComponent(district.code)}`}
                  className={`link-list__item${district.sellerCount === 0 ? " link-list__item--quiet" : ""}`}
                >
                  <span className="link-list__title">
                    {district.name}
                    {district.featured && <span className="badge badge--accent">{t(locale, "district.featured")}</span>}
                  </span>
                  <span className="link-list__detail">
                    {district.sellerCount === 0
                      ? t(locale, "district.noneYet")
                      : t(locale, "district.counts", { sellers: district.sellerCount, products: district.productCount })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
