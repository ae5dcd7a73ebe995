import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { FormErrorNotice, PanelForm } from "~/components/mitra/panel"
import { ProfileFields, valuesFromForm, type ProfileValues } from "~/components/mitra/profile-fields"
import { DEFAULT_LOCALE, t } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { WEEKDAYS } from "~/lib/opening-hours"
import { docField, hoursField, INTERVALS_PER_DAY, parseProfileForm, type DocumentType } from "~/lib/mitra/profile"
import { districtChoices, districtCodes, getMySeller, updateSeller, type VendorSeller } from "~/lib/mitra/seller.server"
import { requireSeller, requireSellerForm } from "~/lib/mitra/session.server"
import { documentState } from "~/lib/mitra/status"

/** The form's starting values from the seller's profile. */
function profileValues(seller: VendorSeller): ProfileValues {
  const values: ProfileValues = {
    name: seller.name,
    description: seller.description ?? "",
    district_code: seller.district?.code ?? "",
    categories: seller.categories.join(","),
    whatsapp: seller.whatsapp.replace(/^62/, "0"),
    pickup_address: seller.pickup_address ?? "",
    holiday_closures: seller.holiday_closures.join("\n"),
    preparation_minutes: String(seller.preparation_minutes),
    lead_time_days: String(seller.lead_time_days),
    women_owned: seller.women_owned ? "on" : "",
    new_entrepreneur: seller.new_entrepreneur ? "on" : "",
  }
  for (const day of WEEKDAYS) {
    ;(seller.opening_hours[day] ?? []).slice(0, INTERVALS_PER_DAY).forEach((interval, i) => {
      values[hoursField(day, i, "open")] = interval.open
      values[hoursField(day, i, "close")] = interval.close === "24:00" ? "23:59" : interval.close
    })
  }
  for (const doc of seller.documents) {
    values[docField(doc.type, "number")] = doc.number
    values[docField(doc.type, "expires")] = doc.expires_at?.slice(0, 10) ?? ""
    if (doc.photo_url) values[`${docField(doc.type, "photo")}_url`] = doc.photo_url
  }
  return values
}

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSeller(request)
  const [seller, cities] = await Promise.all([getMySeller(request, session), districtChoices()])
  const now = new Date()
  return data(
    {
      locale: resolveLocale(request),
      saved: new URL(request.url).searchParams.has("disimpan"),
      values: profileValues(seller),
      cities,
      documents: seller.documents.map((doc) => ({ type: doc.type, expiresAt: doc.expires_at, ...documentState(doc, now) })),
      readOnly: seller.status === "suspended",
    },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.profile.heading") }]

export async function action({ request }: ActionFunctionArgs) {
  const { session, form } = await requireSellerForm(request)
  const cities = await districtChoices()
  const { body, errors } = parseProfileForm(form, districtCodes(cities))
  const values = valuesFromForm(form)
  if (Object.keys(errors).length) return data({ errors, values, message: null }, { status: 400 })
  const result = await updateSeller(request, session, body, form)
  if (!result.ok) return data({ errors: result.errors, values, message: result.message ?? null }, { status: 400 })
  return redirect("/mitra/profil?disimpan=1")
}

const dateLabel = (iso: string) => new Date(iso).toLocaleDateString("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" })

export default function Profile() {
  const { locale, saved, values, cities, documents, readOnly } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const busy = useNavigation().state !== "idle"
  const status = (type: DocumentType) => {
    const doc = documents.find((d) => d.type === type)
    if (!doc) return <p className="mitra-pill mitra-pill--draft">{t(locale, "mitra.doc.missing")}</p>
    return (
      <>
        <p className={`mitra-pill mitra-pill--${doc.state}`}>
          {doc.state === "expired" && doc.expiresAt
            ? t(locale, "mitra.doc.expired", { date: dateLabel(doc.expiresAt) })
            : t(locale, doc.state === "verified" ? "mitra.doc.verified" : "mitra.doc.pending")}
        </p>
        {doc.expiresSoon && doc.expiresAt && (
          <p className="notice notice--error mitra-doc__warning">{t(locale, "mitra.doc.expiresSoon", { date: dateLabel(doc.expiresAt) })}</p>
        )}
      </>
    )
  }
  return (
    <section className="mitra-profile" aria-labelledby="profile-heading">
      <h1 id="profile-heading">{t(locale, "mitra.profile.heading")}</h1>
      {saved && !result && <p className="notice" role="status">{t(locale, "mitra.profile.saved")}</p>}
      {readOnly && <p className="notice notice--error">{t(locale, "mitra.suspendedBanner")}</p>}
      <FormErrorNotice result={result} />
      <PanelForm encType="multipart/form-data" className="mitra-form" noValidate>
        <ProfileFields locale={locale} cities={cities} values={result?.values ?? values} errors={result?.errors ?? {}} documentStatus={status} />
        <button type="submit" className="button button--block" disabled={busy || readOnly}>
          {t(locale, "mitra.profile.save")}
        </button>
      </PanelForm>
    </section>
  )
}

export const ErrorBoundary = PanelErrorBoundary
