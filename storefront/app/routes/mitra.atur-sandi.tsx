import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react"
import { Field, invalid } from "~/components/mitra/panel"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import type { MitraKey } from "~/i18n/mitra.id"
import { resolveLocale } from "~/i18n/locale.server"
import { sellerAuth, VendorError } from "~/lib/mitra/api.server"
import { requirePublicForm } from "~/lib/mitra/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  return data(
    { locale: resolveLocale(request), token: new URL(request.url).searchParams.get("token") ?? "" },
    { headers: { "Referrer-Policy": "no-referrer", "Cache-Control": "private, no-store" } }
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.reset.heading") },
  { name: "robots", content: "noindex" },
]

/** Sets the new password with the one-time reset token (Medusa's `/auth/seller/emailpass/update`). */
export async function action({ request }: ActionFunctionArgs) {
  const form = await requirePublicForm(request)
  const token = String(form.get("token") ?? "")
  const password = String(form.get("password") ?? "")
  let error: MitraKey | null = null
  if (password.length < 8 || password.length > 200) error = "mitra.error.password"
  else if (password !== String(form.get("password_again") ?? "")) error = "mitra.error.passwordAgain"
  if (error) return data({ error, expired: false }, { status: 400 })
  try {
    await sellerAuth(request, "/update", { password }, token)
    return redirect("/mitra/masuk?sandi-baru=1")
  } catch (failure) {
    if (failure instanceof VendorError && failure.status < 500) return data({ error: "mitra.reset.invalid" as MitraKey, expired: true }, { status: 400 })
    throw failure
  }
}

export default function ResetPassword() {
  const { locale, token } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  if (!token || result?.expired) {
    return (
      <section className="mitra-auth">
        <h1>{t(locale, "mitra.reset.heading")}</h1>
        <p className="notice notice--error" role="alert">{t(locale, "mitra.reset.invalid")}</p>
        <Link to="/mitra/lupa-sandi" className="button">{t(locale, "mitra.forgot.heading")}</Link>
      </section>
    )
  }
  return (
    <section className="mitra-auth" aria-labelledby="reset-heading">
      <h1 id="reset-heading">{t(locale, "mitra.reset.heading")}</h1>
      <Form method="post" className="mitra-form">
        <input type="hidden" name="token" value={token} />
        <Field id="n-password" label={t(locale, "mitra.field.newPassword")} error={result?.error} hint={t(locale, "mitra.field.passwordHint")}>
          <input id="n-password" name="password" type="password" autoComplete="new-password" required minLength={8} {...invalid("n-password", result?.error)} />
        </Field>
        <Field id="n-password-again" label={t(locale, "mitra.field.passwordAgain")}>
          <input id="n-password-again" name="password_again" type="password" autoComplete="new-password" required />
        </Field>
        <button type="submit" className="button button--block">{t(locale, "mitra.reset.submit")}</button>
      </Form>
    </section>
  )
}
