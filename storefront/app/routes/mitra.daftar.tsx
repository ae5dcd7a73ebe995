import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Field, invalid } from "~/components/mitra/panel"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import type { MitraKey } from "~/i18n/mitra.id"
import { resolveLocale } from "~/i18n/locale.server"
import { isRateLimited, sellerAuth, VendorError } from "~/lib/mitra/api.server"
import { readSellerSession, requirePublicForm, startSellerSession } from "~/lib/mitra/session.server"

const MIN_PASSWORD = 8

export async function loader({ request }: LoaderFunctionArgs) {
  if (await readSellerSession(request)) throw redirect("/mitra")
  return data({ locale: resolveLocale(request) })
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.register.metaTitle") }]

/** Registers a seller login (Medusa emailpass); onboarding comes next. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await requirePublicForm(request)
  const email = String(form.get("email") ?? "").trim().toLowerCase()
  const password = String(form.get("password") ?? "")
  const errors: { email?: MitraKey; password?: MitraKey } = {}
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 200) errors.email = "mitra.error.email"
  if (password.length < MIN_PASSWORD || password.length > 200) errors.password = "mitra.error.password"
  if (password !== String(form.get("password_again") ?? "")) errors.password = errors.password ?? "mitra.error.passwordAgain"
  if (errors.email || errors.password) return data({ errors, email }, { status: 400 })
  try {
    const { token } = await sellerAuth(request, "/register", { email, password })
    return redirect("/mitra/mulai", { headers: { "Set-Cookie": await startSellerSession(token) } })
  } catch (error) {
    if (error instanceof VendorError && error.status < 500) {
      const refused: { email?: MitraKey; password?: MitraKey } = { email: isRateLimited(error) ? "mitra.error.tooManyAttempts" : "mitra.error.emailTaken" }
      return data({ errors: refused, email }, { status: error.status === 429 ? 429 : 400 })
    }
    throw error
  }
}

export default function Register() {
  const { locale } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const busy = useNavigation().state !== "idle"
  const errors = result?.errors ?? {}
  return (
    <section className="mitra-auth" aria-labelledby="register-heading">
      <h1 id="register-heading">{t(locale, "mitra.register.heading")}</h1>
      <p>{t(locale, "mitra.register.intro")}</p>
      <Form method="post" className="mitra-form" noValidate>
        <Field id="r-email" label={t(locale, "mitra.field.email")} error={errors.email}>
          <input id="r-email" name="email" type="email" inputMode="email" autoComplete="email" required defaultValue={result?.email} {...invalid("r-email", errors.email)} />
        </Field>
        <Field id="r-password" label={t(locale, "mitra.field.newPassword")} error={errors.password} hint={t(locale, "mitra.field.passwordHint")}>
          <input id="r-password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD} {...invalid("r-password", errors.password)} />
        </Field>
        <Field id="r-password-again" label={t(locale, "mitra.field.passwordAgain")}>
          <input id="r-password-again" name="password_again" type="password" autoComplete="new-password" required />
        </Field>
        <button type="submit" className="button button--block" disabled={busy}>
          {t(locale, "mitra.register.submit")}
        </button>
      </Form>
      <p>
        {t(locale, "mitra.register.haveAccount")} <Link to="/mitra/masuk">{t(locale, "mitra.register.signIn")}</Link>
      </p>
    </section>
  )
}
