import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { Field, FormErrorNotice, invalid, PanelForm, usePanel } from "~/components/mitra/panel"
import { ProfileFields, valuesFromForm, type ProfileValues } from "~/components/mitra/profile-fields"
import { DEFAULT_LOCALE, t, type MessageKey } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { BANKS } from "@sentra/vocabulary"
import { vendor, VendorError } from "~/lib/mitra/api.server"
import { BANK_ACCOUNT_PATH, BANK_ERROR, BANK_FIELDS, parseBankForm, type BankField, type VendorBankAccount } from "~/lib/mitra/bank-account"
import { WEEKDAYS } from "~/lib/opening-hours"
import { docField, hoursField, INTERVALS_PER_DAY, parseProfileForm, type DocumentType } from "~/lib/mitra/profile"
import { districtChoices, districtCodes, getMySeller, updateSeller, type VendorSeller } from "~/lib/mitra/seller.server"
import { requireSeller, requireSellerForm, type SellerSession } from "~/lib/mitra/session.server"
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

/**
 * The bank account form (`intent=bank-account`): checked here first, then
 * `POST /vendor/sellers/me/bank-account`; a field the backend refuses is shown next to it.
 */
async function saveBankAccount(request: Request, session: SellerSession, form: FormData) {
  const { values, body, errors } = parseBankForm(form)
  const refused = (fieldErrors: typeof errors, message: string | null = null) => data({ bank: { errors: fieldErrors, values, message } }, { status: 400 })
  if (!body) return refused(errors)
  try {
    await vendor(request, session, BANK_ACCOUNT_PATH, { method: "POST", json: body })
  } catch (error) {
    if (!(error instanceof VendorError) || error.status !== 400) throw error
    const named = BANK_FIELDS.filter((f) => error.fields.includes(f))
    return refused(Object.fromEntries(named.map((f) => [f, BANK_ERROR[f]])), error.message)
  }
  return redirect("/mitra/profil?rekening=1#rekening")
}

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSeller(request)
  const [seller, cities, bank] = await Promise.all([
    getMySeller(request, session),
    districtChoices(),
    vendor<{ bank_account: VendorBankAccount | null }>(request, session, BANK_ACCOUNT_PATH),
  ])
  const now = new Date()
  const url = new URL(request.url)
  return data(
    {
      locale: resolveLocale(request),
      saved: url.searchParams.has("disimpan"),
      bankSaved: url.searchParams.has("rekening"),
      bankAccount: bank.bank_account,
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
  if (form.get("intent") === "bank-account") return saveBankAccount(request, session, form)
  const cities = await districtChoices()
  const { body, errors } = parseProfileForm(form, districtCodes(cities))
  const values = valuesFromForm(form)
  if (Object.keys(errors).length) return data({ errors, values, message: null }, { status: 400 })
  const result = await updateSeller(request, session, body, form)
  if (!result.ok) return data({ errors: result.errors, values, message: result.message ?? null }, { status: 400 })
  return redirect("/mitra/profil?disimpan=1")
}

const dateLabel = (iso: string) => new Date(iso).toLocaleDateString("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" })

/** The bank account payouts go to, with its verification state (works without JavaScript). */
function BankAccountForm({ account, result, disabled }: {
  account: VendorBankAccount | null
  result?: { errors: Partial<Record<BankField, MessageKey>>; values: Record<BankField, string>; message: string | null }
  disabled: boolean
}) {
  const { locale } = usePanel()
  const values = result?.values ?? { bank_code: account?.bank_code ?? "", account_number: account?.account_number ?? "", account_holder: account?.account_holder ?? "" }
  const errors = result?.errors ?? {}
  const pill = account ? { verified: "verified", pending: "pending", rejected: "declined" }[account.status] : "draft"
  return (
    <PanelForm className="mitra-form" noValidate id="rekening" aria-labelledby="bank-heading">
      <input type="hidden" name="intent" value="bank-account" />
      <fieldset className="mitra-fieldset">
        <legend id="bank-heading">{t(locale, "mitra.bank.heading")}</legend>
        <p className={`mitra-pill mitra-pill--${pill}`}>
          {!account
            ? t(locale, "mitra.bank.none")
            : account.status === "rejected"
              ? t(locale, "mitra.bank.rejected", { reason: account.rejection_reason ?? "" })
              : t(locale, account.status === "verified" ? "mitra.bank.verified" : "mitra.bank.pending")}
        </p>
        <p className="field-hint">{t(locale, "mitra.bank.intro")}</p>
        {result && <FormErrorNotice result={result} />}
        <Field id="b-bank" label={t(locale, "mitra.bank.bank")} error={errors.bank_code}>
          <select id="b-bank" name="bank_code" required defaultValue={values.bank_code} {...invalid("b-bank", errors.bank_code)}>
            <option value="">{t(locale, "mitra.field.choose")}</option>
            {BANKS.map((b) => (
              <option key={b.code} value={b.code}>{`${b.name} (${b.code})`}</option>
            ))}
          </select>
        </Field>
        <Field id="b-number" label={t(locale, "mitra.bank.number")} error={errors.account_number} hint={t(locale, "mitra.bank.numberHint")}>
          <input id="b-number" name="account_number" required inputMode="numeric" autoComplete="off" maxLength={30}
            defaultValue={values.account_number} {...invalid("b-number", errors.account_number)} />
        </Field>
        <Field id="b-holder" label={t(locale, "mitra.bank.holder")} error={errors.account_holder} hint={t(locale, "mitra.bank.holderHint")}>
          <input id="b-holder" name="account_holder" required maxLength={100} autoComplete="name"
            defaultValue={values.account_holder} {...invalid("b-holder", errors.account_holder)} />
        </Field>
      </fieldset>
      <button type="submit" className="button button--block" disabled={disabled}>
        {t(locale, "mitra.bank.save")}
      </button>
    </PanelForm>
  )
}

export default function Profile() {
  const { locale, saved, bankSaved, bankAccount, values, cities, documents, readOnly } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const result = actionData && "errors" in actionData ? actionData : undefined
  const bankResult = actionData && "bank" in actionData ? actionData.bank : undefined
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
      {saved && !actionData && <p className="notice" role="status">{t(locale, "mitra.profile.saved")}</p>}
      {bankSaved && !actionData && <p className="notice" role="status">{t(locale, "mitra.bank.saved")}</p>}
      {readOnly && <p className="notice notice--error">{t(locale, "mitra.suspendedBanner")}</p>}
      <FormErrorNotice result={result} />
      <PanelForm encType="multipart/form-data" className="mitra-form" noValidate>
        <ProfileFields locale={locale} cities={cities} values={result?.values ?? values} errors={result?.errors ?? {}} documentStatus={status} />
        <button type="submit" className="button button--block" disabled={busy || readOnly}>
          {t(locale, "mitra.profile.save")}
        </button>
      </PanelForm>
      <BankAccountForm account={bankAccount} result={bankResult} disabled={busy || readOnly} />
    </section>
  )
}

export const ErrorBoundary = PanelErrorBoundary
