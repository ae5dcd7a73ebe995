import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { FormErrorNotice, PanelForm } from "~/components/mitra/panel"
import { ProductFields } from "~/components/mitra/product-form"
import { valuesFromForm } from "~/components/mitra/profile-fields"
import { DEFAULT_LOCALE, t } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { categoryChoices, createProduct, parseProductForm } from "~/lib/mitra/products.server"
import { requireSeller, requireSellerForm } from "~/lib/mitra/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSeller(request)
  return data({ locale: resolveLocale(request), categories: await categoryChoices() }, { headers: { "Cache-Control": "private, no-store" } })
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.products.add") }]

/** A new product with one variant (price, stock) and an optional photo; draft or shown in the store. */
export async function action({ request }: ActionFunctionArgs) {
  const { session, form } = await requireSellerForm(request)
  const categories = await categoryChoices()
  const ids = new Set(categories.flatMap((g) => g.options.map((o) => o.id)))
  const { value, errors } = parseProductForm(form, ids, { needsPrice: true })
  const values = valuesFromForm(form)
  if (Object.keys(errors).length) return data({ errors, values, message: null }, { status: 400 })
  const result = await createProduct(request, session, value, form.get("intent") === "publish")
  if (!result.ok) return data({ errors: result.errors, values, message: result.message ?? null }, { status: 400 })
  return redirect(`/mitra/produk?disimpan=${result.id}`)
}

export default function NewProduct() {
  const { locale, categories } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const busy = useNavigation().state !== "idle"
  return (
    <section className="mitra-product-form" aria-labelledby="new-product-heading">
      <p>
        <Link to="/mitra/produk">← {t(locale, "mitra.products.heading")}</Link>
      </p>
      <h1 id="new-product-heading">{t(locale, "mitra.products.add")}</h1>
      <FormErrorNotice result={result} />
      <PanelForm encType="multipart/form-data" className="mitra-form" noValidate>
        <ProductFields categories={categories} values={result?.values ?? {}} errors={result?.errors ?? {}} withPrice />
        <div className="mitra-actions mitra-actions--stack">
          <button type="submit" name="intent" value="publish" className="button button--block" disabled={busy}>
            {t(locale, "mitra.products.savePublish")}
          </button>
          <button type="submit" name="intent" value="draft" className="button button--secondary button--block" disabled={busy}>
            {t(locale, "mitra.products.saveDraft")}
          </button>
        </div>
      </PanelForm>
    </section>
  )
}

export const ErrorBoundary = PanelErrorBoundary
