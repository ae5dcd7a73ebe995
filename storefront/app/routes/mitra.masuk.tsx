import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Field, invalid } from "~/components/mitra/panel"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { isRateLimited, sellerAuth, VendorError } from "~/lib/mitra/api.server"
import { safeReturnPath, tokenClaims } from "~/lib/mitra/session"
import { readSellerSession, requirePublicForm, startSellerSession } from "~/lib/mitra/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const back = safeReturnPath(url.searchParams.get("kembali"))
  if (await readSellerSession(request)) throw redirect(back)
  return data({
    locale: resolveLocale(request),
    back,
    expired: url.searchParams.has("kembali"),
    passwordChanged: url.searchParams.has("sandi-baru"),
  })
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.signIn.metaTitle") },
  { name: "robots", content: "noindex" },
]

/** Signs in with Medusa's seller emailpass route; the token goes into the panel cookie only. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await requirePublicForm(request)
  const email = String(form.get("email") ?? "").trim().toLowerCase()
  const password = String(form.get("password") ?? "")
  if (!email || !password) return data({ error: "mitra.signIn.missing" as const, email }, { status: 400 })
  try {
    const { token } = await sellerAuth(request, "", { email, password })
    const next = tokenClaims(token)?.actorId ? safeReturnPath(String(form.get("kembali") ?? "")) : "/mitra/mulai"
    return redirect(next, { headers: { "Set-Cookie": await startSellerSession(token) } })
  } catch (error) {
    if (isRateLimited(error)) return data({ error: "mitra.error.tooManyAttempts" as const, email }, { status: 429 })
    if (error instanceof VendorError && error.status < 500) return data({ error: "mitra.signIn.failed" as const, email }, { status: 401 })
    throw error
  }
}

export default function SignIn() {
  const { locale, back, expired, passwordChanged } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const busy = useNavigation().state !== "idle"
  return (
    <section className="mitra-auth" aria-labelledby="signin-heading">
      <h1 id="signin-heading">{t(locale, "mitra.signIn.heading")}</h1>
      {expired && !result && <p className="notice">{t(locale, "mitra.signIn.expired")}</p>}
      {passwordChanged && !result && <p className="notice">{t(locale, "mitra.reset.done")}</p>}
      {result?.error && (
        <p className="notice notice--error" role="alert">
          {t(locale, result.error)}
        </p>
      )}
      <Form method="post" className="mitra-form">
        <input type="hidden" name="kembali" value={back} />
        <Field id="m-email" label={t(locale, "mitra.field.email")}>
          <input id="m-email" name="email" type="email" inputMode="email" autoComplete="username" required defaultValue={result?.email} {...invalid("m-email", null)} />
        </Field>
        <Field id="m-password" label={t(locale, "mitra.field.password")}>
          <input id="m-password" name="password" type="password" autoComplete="current-password" required />
        </Field>
        <button type="submit" className="button button--block" disabled={busy}>
          {t(locale, "mitra.signIn.submit")}
        </button>
      </Form>
      <p>
        <Link to="/mitra/lupa-sandi">{t(locale, "mitra.signIn.forgot")}</Link>
      </p>
      <p>
        {t(locale, "mitra.signIn.noAccount")} <Link to="/mitra/daftar">{t(locale, "mitra.signIn.register")}</Link>
      </p>
    </section>
  )
}
