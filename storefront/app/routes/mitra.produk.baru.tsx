import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { FormErrorNotice, PanelForm } from "~/components/mitra/panel"
import { ProductFields, VariantRows } from "~/components/mitra/product-form"
import { valuesFromForm } from "~/components/mitra/profile-fields"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { categoryChoices, createProduct, parseProductForm } from "~/lib/mitra/products.server"
import { requireSeller, requireSellerForm } from "~/lib/mitra/session.server"
import { parseVariants, rowsFromValues } from "~/lib/mitra/variants"

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSeller(request)
  return data({ locale: resolveLocale(request), categories: await categoryChoices() }, { headers: { "Cache-Control": "private, no-store" } })
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.products.add") }]

/**
 * A new product: fields, photos (the first is the cover) and its choices — one option with a
 * price and stock per value, or a single price; draft or shown in the store. "Tambah pilihan"
 * (`intent=add-row`) only renders the form again with one more row. Every field is checked before
 * anything is uploaded or saved.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { session, form } = await requireSellerForm(request)
  const values = valuesFromForm(form)
  if (form.get("intent") === "add-row") return data({ errors: {}, values: { ...values, rows: String(rowsFromValues(values).length + 1) }, message: null })
  const categories = await categoryChoices()
  const ids = new Set(categories.flatMap((g) => g.options.map((o) => o.id)))
  const product = await parseProductForm(form, ids)
  const variants = parseVariants(values)
  const errors = { ...product.errors, ...variants.errors }
  if (Object.keys(errors).length) return data({ errors, values, message: null }, { status: 400 })
  const result = await createProduct(request, session, product.value, variants.value, form.get("intent") === "publish")
  if (!result.ok) return data({ errors: result.errors, values, message: result.message ?? null }, { status: 400 })
  return redirect(`/mitra/produk?disimpan=${result.id}`)
}

export default function NewProduct() {
  const { locale, categories } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const busy = useNavigation().state !== "idle"
  const values: Record<string, string> = result?.values ?? {}
  const errors = result?.errors ?? {}
  return (
    <section className="mitra-product-form" aria-labelledby="new-product-heading">
      <p>
        <Link to="/mitra/produk">← {t(locale, "mitra.products.heading")}</Link>
      </p>
      <h1 id="new-product-heading">{t(locale, "mitra.products.add")}</h1>
      <FormErrorNotice result={result && (Object.keys(result.errors).length || result.message) ? result : null} />
      <PanelForm encType="multipart/form-data" className="mitra-form" noValidate>
        <ProductFields categories={categories} values={values} errors={errors} />
        <VariantRows rows={rowsFromValues(values)} errors={errors} optionTitle={values.option_title} />
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
