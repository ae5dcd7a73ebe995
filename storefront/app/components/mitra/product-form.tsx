import { t } from "~/i18n/panel"
import type { FieldErrors } from "~/lib/mitra/profile"
import type { CategoryGroup, PanelVariant } from "~/lib/mitra/products.server"
import { MAX_ROWS, rowField, type VariantRowView } from "~/lib/mitra/variants"
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

/**
 * The variant rows: one option ("Ukuran") with a value, price and stock per row. On create the
 * option's name is typed (`option_title`); on edit (`fixedOption`) it and the existing rows' values
 * are fixed, existing rows can be ticked for removal and new rows are added. The first row's
 * price and stock keep the ids `pr-price` and `pr-stock`.
 */
export function VariantRows({
  rows,
  errors,
  optionTitle,
  fixedOption,
}: {
  rows: VariantRowView[]
  errors: FieldErrors
  optionTitle?: string
  fixedOption?: string | null
}) {
  const { locale } = usePanel()
  const editing = fixedOption !== undefined
  return (
    <fieldset className="mitra-fieldset mitra-variants">
      <legend>{t(locale, "mitra.products.variants")}</legend>
      {errors.rows && (
        <p className="field-error" role="alert">
          {t(locale, errors.rows)}
        </p>
      )}
      {editing ? (
        fixedOption && <p className="mitra-variants__option">{fixedOption}</p>
      ) : (
        <Field id="pr-option" label={t(locale, "mitra.field.optionTitle")} error={errors.option_title} hint={t(locale, "mitra.field.optionHint")}>
          <input id="pr-option" name="option_title" maxLength={60} defaultValue={optionTitle} {...invalid("pr-option", errors.option_title)} />
        </Field>
      )}
      <input type="hidden" name="rows" value={rows.length} />
      {rows.map((row, i) => {
        const [valueId, priceId, stockId] = [i === 0 ? "pr-value" : `pr-value-${i}`, i === 0 ? "pr-price" : `pr-price-${i}`, i === 0 ? "pr-stock" : `pr-stock-${i}`]
        const [value, price, stock] = [rowField(i, "value"), rowField(i, "price"), rowField(i, "stock")]
        return (
          <div className="mitra-variant" key={i}>
            {row.id && <input type="hidden" name={rowField(i, "id")} value={row.id} />}
            {row.id ? (
              <>
                <input type="hidden" name={value} value={row.value} />
                {row.value && fixedOption && <p className="mitra-variant__title">{row.value}</p>}
              </>
            ) : (
              <Field id={valueId} label={t(locale, "mitra.field.variantValue")} error={errors[value]}>
                <input id={valueId} name={value} maxLength={60} defaultValue={row.value} {...invalid(valueId, errors[value])} />
              </Field>
            )}
            <Field id={priceId} label={t(locale, "mitra.field.price")} error={errors[price]} hint={i === 0 ? t(locale, "mitra.field.priceHint") : undefined}>
              <input id={priceId} name={price} inputMode="numeric" defaultValue={row.price} {...invalid(priceId, errors[price])} />
            </Field>
            <Field id={stockId} label={t(locale, "mitra.field.stock")} error={errors[stock]}>
              <input id={stockId} name={stock} inputMode="numeric" defaultValue={row.stock || "0"} {...invalid(stockId, errors[stock])} />
            </Field>
            {row.id && rows.length > 1 && (
              <label className="choice">
                <input type="checkbox" name={rowField(i, "remove")} value="1" defaultChecked={row.remove} />
                <span>{t(locale, "mitra.field.variantRemove")}</span>
              </label>
            )}
          </div>
        )
      })}
      {rows.length < MAX_ROWS && (
        <button type="submit" name="intent" value="add-row" className="button button--secondary button--block" formNoValidate>
          + {t(locale, "mitra.products.addRow")}
        </button>
      )}
    </fieldset>
  )
}

/** Title, description, category and photos (several; the first is the cover); on edit the current photos with "Hapus foto". */
export function ProductFields({
  categories,
  values,
  errors,
  photos = [],
}: {
  categories: CategoryGroup[]
  values: Record<string, string>
  errors: FieldErrors
  photos?: { url: string; src: string }[]
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
      <Field id="pr-description" label={t(locale, "mitra.field.productDescription")} error={errors.description}>
        <textarea id="pr-description" name="description" rows={4} maxLength={5000} defaultValue={values.description} />
      </Field>
      {photos.length > 0 && (
        <fieldset className="mitra-fieldset mitra-photos">
          <legend>{t(locale, "mitra.products.photos")}</legend>
          <ul className="mitra-photos__list">
            {photos.map(({ url, src }, i) => (
              <li key={url}>
                <img src={src} alt="" width={96} height={96} loading="lazy" />
                {i === 0 && <span className="mitra-pill">{t(locale, "mitra.products.cover")}</span>}
                <label className="choice">
                  <input type="checkbox" name="remove_photo" value={url} />
                  <span>{t(locale, "mitra.field.removePhoto")}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <Field id="pr-photo" label={t(locale, "mitra.field.productPhotos")} error={errors.photos} hint={t(locale, "mitra.field.photosHint")}>
        <input id="pr-photo" name="photos" type="file" accept="image/*" multiple {...invalid("pr-photo", errors.photos)} />
      </Field>
    </>
  )
}
