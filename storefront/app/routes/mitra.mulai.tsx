import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { FormErrorNotice, PanelForm } from "~/components/mitra/panel"
import { ProfileFields, valuesFromForm, type ProfileValues } from "~/components/mitra/profile-fields"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { parseProfileForm, type FieldErrors } from "~/lib/mitra/profile"
import { createSeller, districtChoices, districtCodes } from "~/lib/mitra/seller.server"
import { renewSellerSession, requireSeller, requireSellerForm } from "~/lib/mitra/session.server"

/** Onboarding: a fresh login (no seller yet) tells the city about its shop. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSeller(request, { onboarded: false })
  if (session.claims.actorId) throw redirect("/mitra")
  return data({ locale: resolveLocale(request), cities: await districtChoices() }, { headers: { "Cache-Control": "private, no-store" } })
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.onboarding.heading") }]

export async function action({ request }: ActionFunctionArgs) {
  const { session, form } = await requireSellerForm(request, { onboarded: false })
  if (session.claims.actorId) throw redirect("/mitra")
  const cities = await districtChoices()
  const { body, errors } = parseProfileForm(form, districtCodes(cities))
  const values = valuesFromForm(form)
  if (Object.keys(errors).length) return data({ errors, values, message: null }, { status: 400 })
  const result = await createSeller(request, session, body, form)
  if (!result.ok) return data({ errors: result.errors, values, message: result.message ?? null }, { status: 400 })
  return redirect("/mitra?baru=1", { headers: { "Set-Cookie": await renewSellerSession(session, result.token!) } })
}

export default function Onboarding() {
  const { locale, cities } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const busy = useNavigation().state !== "idle"
  const errors: FieldErrors = result?.errors ?? {}
  const values: ProfileValues = result?.values ?? {}
  return (
    <section className="mitra-onboarding" aria-labelledby="onboarding-heading">
      <h1 id="onboarding-heading">{t(locale, "mitra.onboarding.heading")}</h1>
      <p>{t(locale, "mitra.onboarding.intro")}</p>
      <FormErrorNotice result={result} />
      <PanelForm encType="multipart/form-data" className="mitra-form" noValidate>
        <ProfileFields locale={locale} cities={cities} values={values} errors={errors} />
        <button type="submit" className="button button--block" disabled={busy}>
          {t(locale, "mitra.onboarding.submit")}
        </button>
      </PanelForm>
    </section>
  )
}
