import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react"
import { Field } from "~/components/mitra/panel"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { isRateLimited, sellerAuth } from "~/lib/mitra/api.server"
import { requirePublicForm } from "~/lib/mitra/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  return data({ locale: resolveLocale(request), development: process.env.NODE_ENV !== "production" })
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.forgot.heading") }]

/**
 * Medusa's reset-password flow: the backend makes a one-time token and emits
 * `auth.password_reset` (in development its subscriber logs the /mitra/atur-sandi link). The
 * answer is the same whether the email is registered or not; only a refusal as one attempt too many
 * (`429`) is said, since no link was made.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await requirePublicForm(request)
  const email = String(form.get("email") ?? "").trim().toLowerCase()
  const refused = email ? await sellerAuth(request, "/reset-password", { identifier: email }).then(() => false, isRateLimited) : false
  if (refused) return data({ sent: false, error: "mitra.error.tooManyAttempts" as const }, { status: 429 })
  return data({ sent: true, error: null })
}

export default function ForgotPassword() {
  const { locale, development } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <section className="mitra-auth" aria-labelledby="forgot-heading">
      <h1 id="forgot-heading">{t(locale, "mitra.forgot.heading")}</h1>
      {result?.sent ? (
        <p className="notice" role="status">
          {t(locale, "mitra.forgot.sent")}
          {development && <> {t(locale, "mitra.forgot.devNote")}</>}
        </p>
      ) : (
        <>
          {result?.error && (
            <p className="notice notice--error" role="alert">
              {t(locale, result.error)}
            </p>
          )}
          <p>{t(locale, "mitra.forgot.intro")}</p>
          <Form method="post" className="mitra-form">
            <Field id="f-email" label={t(locale, "mitra.field.email")}>
              <input id="f-email" name="email" type="email" inputMode="email" autoComplete="email" required />
            </Field>
            <button type="submit" className="button button--block">
              {t(locale, "mitra.forgot.submit")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/mitra/masuk">{t(locale, "mitra.register.signIn")}</Link>
      </p>
    </section>
  )
}
