import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { FormErrorNotice, PanelForm } from "~/components/mitra/panel"
import { ProductFields, rupiahInput, VariantFields, VariantRows } from "~/components/mitra/product-form"
import { valuesFromForm } from "~/components/mitra/profile-fields"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { categoryChoices, DEFAULT_OPTION, deleteProduct, getProduct, parseProductForm, parseVariantEdits, updateProduct, type PanelProduct } from "~/lib/mitra/products.server"
import { requireSeller, requireSellerForm } from "~/lib/mitra/session.server"
import { VISIBILITY_KEY } from "~/lib/mitra/status"
import { parseVariants, rowsFromValues, type VariantRowView } from "~/lib/mitra/variants"

/** The edit form's rows as stored: one per variant. */
const storedRows = (product: PanelProduct): VariantRowView[] =>
  product.variants.map((v) => ({ id: v.id, value: v.value, price: rupiahInput(v.price), stock: String(v.stock), remove: false }))

/** Edit one product; another seller's product id is "not found" (the vendor API's 404). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSeller(request)
  const [product, categories] = await Promise.all([getProduct(request, session, params.id ?? ""), categoryChoices()])
  return data(
    { locale: resolveLocale(request), product, categories, confirmDelete: new URL(request.url).searchParams.has("hapus") },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.product.title ?? t(DEFAULT_LOCALE, "mitra.notFound.title") }]

export async function action({ request, params }: ActionFunctionArgs) {
  const { session, form } = await requireSellerForm(request)
  const product = await getProduct(request, session, params.id ?? "")
  if (form.get("intent") === "delete") {
    await deleteProduct(request, session, product.id)
    return redirect("/mitra/produk?dihapus=1")
  }
  const values = valuesFromForm(form)
  if (form.get("intent") === "add-row") return data({ errors: {}, values: { ...values, rows: String(rowsFromValues(values).length + 1) }, message: null })
  const categories = await categoryChoices()
  const parsed = await parseProductForm(form, new Set(categories.flatMap((g) => g.options.map((o) => o.id))))
  // A product made through the API with several options: price and stock per variant only.
  const edits = product.multiOption ? parseVariantEdits(form, product.variants) : null
  const rows = product.multiOption ? null : parseVariants(values, product.option ?? DEFAULT_OPTION)
  const errors = { ...parsed.errors, ...(edits ?? rows)!.errors }
  if (Object.keys(errors).length) return data({ errors, values, message: null }, { status: 400 })
  const publish = form.get("status") === "published"
  const result = await updateProduct(request, session, product, { value: parsed.value, variants: edits?.edits, rows: rows?.value, publish })
  if (!result.ok) return data({ errors: result.errors, values, message: result.message ?? null }, { status: 400 })
  return redirect(`/mitra/produk?disimpan=${product.id}`)
}

export default function EditProduct() {
  const { locale, product, categories, confirmDelete } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const busy = useNavigation().state !== "idle"
  const values: Record<string, string> = result?.values ?? { title: product.title, description: product.description, category_id: product.categoryId ?? "", status: product.published ? "published" : "draft" }
  const errors = result?.errors ?? {}
  if (confirmDelete) {
    return (
      <section className="mitra-product-form" aria-labelledby="delete-heading">
        <h1 id="delete-heading">{t(locale, "mitra.products.deleteHeading", { title: product.title })}</h1>
        <p>{t(locale, "mitra.products.deleteWarning")}</p>
        <PanelForm className="mitra-actions mitra-actions--stack">
          <input type="hidden" name="intent" value="delete" />
          <button type="submit" className="button button--danger button--block">{t(locale, "mitra.products.deleteConfirm")}</button>
          <Link to={`/mitra/produk/${product.id}`} className="button button--secondary button--block">{t(locale, "mitra.products.deleteCancel")}</Link>
        </PanelForm>
      </section>
    )
  }
  return (
    <section className="mitra-product-form" aria-labelledby="edit-heading">
      <p>
        <Link to="/mitra/produk">← {t(locale, "mitra.products.heading")}</Link>
      </p>
      <h1 id="edit-heading">{product.title}</h1>
      <p className={`mitra-pill mitra-pill--${product.visibility}`}>{t(locale, VISIBILITY_KEY[product.visibility])}</p>
      <FormErrorNotice result={result && (Object.keys(result.errors).length || result.message) ? result : null} />
      <PanelForm encType="multipart/form-data" className="mitra-form" noValidate>
        <ProductFields categories={categories} values={values} errors={errors} photos={product.images} />
        {product.multiOption ? (
          <VariantFields variants={product.variants} errors={errors} values={result?.values} />
        ) : (
          <VariantRows rows={result?.values ? rowsFromValues(result.values) : storedRows(product)} errors={errors} fixedOption={product.option} />
        )}
        <fieldset className="mitra-choices">
          <legend>{t(locale, "mitra.field.visibility")}</legend>
          <label className="choice">
            <input type="radio" name="status" value="published" defaultChecked={values.status === "published"} />
            <span>{t(locale, "mitra.products.show")}</span>
          </label>
          <label className="choice">
            <input type="radio" name="status" value="draft" defaultChecked={values.status !== "published"} />
            <span>{t(locale, "mitra.visibility.draft")}</span>
          </label>
        </fieldset>
        <button type="submit" className="button button--block" disabled={busy}>
          {t(locale, "mitra.products.save")}
        </button>
      </PanelForm>
      <p className="mitra-danger-zone">
        <Link to={`/mitra/produk/${product.id}?hapus=1`} className="button button--link">
          {t(locale, "mitra.products.delete")}
        </Link>
      </p>
    </section>
  )
}

export const ErrorBoundary = PanelErrorBoundary
