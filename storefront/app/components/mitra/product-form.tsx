import { t } from "~/i18n"
import type { FieldErrors } from "~/lib/mitra/profile"
import type { CategoryGroup, PanelVariant } from "~/lib/mitra/products.server"
import { Field, invalid, usePanel } from "./panel"

/** Rupiah as sellers type it back: 25000 → "25.000". */
export const rupiahInput = (amount: number) => new Intl.NumberFormat("id-ID").format(amount)

/** Price and stock of each variant (`price_<id>`, `stock_<id>`), for the edit page and quick edit. */
export function VariantFields({ variants, errors, values, compact }: { variants: PanelVariant[]; errors: FieldErrors; values?: Record<string, string>; compact?: boolean }) {
  const { locale } = usePanel()
  return (
    <>
      {variants.map((variant) => {
        const [priceId, stockId] = [`price_${variant.id}`, `stock_${variant.id}`]
        return (
          <div className={`mitra-variant${compact ? " mitra-variant--compact" : ""}`} key={variant.id}>
            {variant.title && <p className="mitra-variant__title">{variant.title}</p>}
            <Field id={priceId} label={t(locale, "mitra.field.price")} error={errors[priceId]}>
              <input id={priceId} name={priceId} inputMode="numeric" defaultValue={values?.[priceId] ?? rupiahInput(variant.price)} {...invalid(priceId, errors[priceId])} />
            </Field>
            <Field id={stockId} label={t(locale, "mitra.field.stock")} error={errors[stockId]}>
              <input id={stockId} name={stockId} inputMode="numeric" defaultValue={values?.[stockId] ?? String(variant.stock)} {...invalid(stockId, errors[stockId])} />
            </Field>
          </div>
        )
      })}
    </>
  )
}

/** Title, description, category and photo; price and stock too when `withPrice` (a new product). */
export function ProductFields({
  categories,
  values,
  errors,
  withPrice,
}: {
  categories: CategoryGroup[]
  values: Record<string, string>
  errors: FieldErrors
  withPrice: boolean
}) {
  const { locale } = usePanel()
  return (
    <>
      <Field id="pr-title" label={t(locale, "mitra.field.productTitle")} error={errors.title}>
        <input id="pr-title" name="title" maxLength={200} required defaultValue={values.title} {...invalid("pr-title", errors.title)} />
      </Field>
      <Field id="pr-category" label={t(locale, "mitra.field.category")} error={errors.category_id}>
        <select id="pr-category" name="category_id" required defaultValue={values.category_id ?? ""} {...invalid("pr-category", errors.category_id)}>
          <option value="">{t(locale, "mitra.field.choose")}</option>
          {categories.map((group) => (
            <optgroup key={group.name} label={group.name}>
              {group.options.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      {withPrice && (
        <div className="mitra-variant">
          <Field id="pr-price" label={t(locale, "mitra.field.price")} error={errors.price} hint={t(locale, "mitra.field.priceHint")}>
            <input id="pr-price" name="price" inputMode="numeric" required defaultValue={values.price} {...invalid("pr-price", errors.price)} />
          </Field>
          <Field id="pr-stock" label={t(locale, "mitra.field.stock")} error={errors.stock}>
            <input id="pr-stock" name="stock" inputMode="numeric" required defaultValue={values.stock ?? "0"} {...invalid("pr-stock", errors.stock)} />
          </Field>
        </div>
      )}
      <Field id="pr-description" label={t(locale, "mitra.field.productDescription")} error={errors.description}>
        <textarea id="pr-description" name="description" rows={4} maxLength={5000} defaultValue={values.description} />
      </Field>
      <Field id="pr-photo" label={t(locale, "mitra.field.productPhoto")} error={errors.photo} hint={t(locale, "mitra.field.photoHint")}>
        <input id="pr-photo" name="photo" type="file" accept="image/*" capture="environment" {...invalid("pr-photo", errors.photo)} />
      </Field>
    </>
  )
}
