import { t, type Locale } from "~/i18n/panel"
import type { MitraKey } from "~/i18n/mitra.id"
import type { CityGroup } from "~/lib/districts.server"
import { WEEKDAYS } from "~/lib/opening-hours"
import { DOCUMENT_TYPES, INTERVALS_PER_DAY, SELLER_CATEGORIES, docField, hoursField, type FieldErrors } from "~/lib/mitra/profile"
import { Field, invalid } from "./panel"

/** The profile form's values as strings, keyed by field name (categories joined with commas). */
export type ProfileValues = Record<string, string>

const DAY_KEY: Record<(typeof WEEKDAYS)[number], MitraKey> = {
  mon: "mitra.day.mon",
  tue: "mitra.day.tue",
  wed: "mitra.day.wed",
  thu: "mitra.day.thu",
  fri: "mitra.day.fri",
  sat: "mitra.day.sat",
  sun: "mitra.day.sun",
}

const DOC_KEY: Record<(typeof DOCUMENT_TYPES)[number], MitraKey> = {
  nib: "mitra.doc.nib",
  pirt: "mitra.doc.pirt",
  halal: "mitra.doc.halal",
}

const CATEGORY_KEY: Record<(typeof SELLER_CATEGORIES)[number], MitraKey> = {
  kuliner: "mitra.category.kuliner",
  fesyen: "mitra.category.fesyen",
  kriya: "mitra.category.kriya",
}

/**
 * Every field of the seller profile (onboarding and /mitra/profil). `documentStatus` renders
 * under each document (profile only).
 */
export function ProfileFields({
  locale,
  cities,
  values,
  errors,
  documentStatus,
}: {
  locale: Locale
  cities: CityGroup[]
  values: ProfileValues
  errors: FieldErrors
  documentStatus?: (type: (typeof DOCUMENT_TYPES)[number]) => React.ReactNode
}) {
  const categories = (values.categories ?? "").split(",")
  return (
    <>
      <fieldset className="mitra-fieldset">
        <legend>{t(locale, "mitra.profile.shop")}</legend>
        <Field id="p-name" label={t(locale, "mitra.field.shopName")} error={errors.name}>
          <input id="p-name" name="name" required maxLength={120} defaultValue={values.name} autoComplete="organization" {...invalid("p-name", errors.name)} />
        </Field>
        <Field id="p-district" label={t(locale, "mitra.field.district")} error={errors.district_code} hint={t(locale, "mitra.field.districtHint")}>
          <select id="p-district" name="district_code" required defaultValue={values.district_code ?? ""} {...invalid("p-district", errors.district_code)}>
            <option value="">{t(locale, "mitra.field.choose")}</option>
            {cities.map((city) => (
              <optgroup key={city.code} label={city.name}>
                {city.districts.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <fieldset className="mitra-choices" aria-describedby={errors.categories ? "p-categories-error" : undefined}>
          <legend>{t(locale, "mitra.field.categories")}</legend>
          {SELLER_CATEGORIES.map((category) => (
            <label className="choice" key={category}>
              <input type="checkbox" name="categories" value={category} defaultChecked={categories.includes(category)} />
              <span>{t(locale, CATEGORY_KEY[category])}</span>
            </label>
          ))}
          {errors.categories && (
            <p className="field-error" id="p-categories-error" role="alert">
              {t(locale, errors.categories)}
            </p>
          )}
        </fieldset>
        <Field id="p-whatsapp" label={t(locale, "mitra.field.whatsapp")} error={errors.whatsapp} hint={t(locale, "mitra.field.whatsappHint")}>
          <input id="p-whatsapp" name="whatsapp" type="tel" inputMode="tel" autoComplete="tel" required defaultValue={values.whatsapp} {...invalid("p-whatsapp", errors.whatsapp)} />
        </Field>
        <Field id="p-address" label={t(locale, "mitra.field.pickupAddress")} error={errors.pickup_address}>
          <textarea id="p-address" name="pickup_address" rows={2} maxLength={500} defaultValue={values.pickup_address} {...invalid("p-address", errors.pickup_address)} />
        </Field>
        <Field id="p-description" label={t(locale, "mitra.field.description")} error={errors.description}>
          <textarea id="p-description" name="description" rows={3} maxLength={2000} defaultValue={values.description} />
        </Field>
      </fieldset>

      <fieldset className="mitra-fieldset">
        <legend>{t(locale, "mitra.profile.hours")}</legend>
        <p className="field-hint">{t(locale, "mitra.profile.hoursHint")}</p>
        {WEEKDAYS.map((day) => (
          <div className={`mitra-day${errors[`hours_${day}`] ? " field--invalid" : ""}`} key={day} role="group" aria-labelledby={`day-${day}`}>
            <p className="mitra-day__name" id={`day-${day}`}>
              {t(locale, DAY_KEY[day])}
            </p>
            {Array.from({ length: INTERVALS_PER_DAY }, (_, i) => (
              <div className="mitra-day__interval" key={i}>
                <label>
                  <span className="visually-hidden">{t(locale, "mitra.field.opens", { day: t(locale, DAY_KEY[day]), n: i + 1 })}</span>
                  <input type="time" name={hoursField(day, i, "open")} defaultValue={values[hoursField(day, i, "open")]} />
                </label>
                <span aria-hidden="true">–</span>
                <label>
                  <span className="visually-hidden">{t(locale, "mitra.field.closes", { day: t(locale, DAY_KEY[day]), n: i + 1 })}</span>
                  <input type="time" name={hoursField(day, i, "close")} defaultValue={values[hoursField(day, i, "close")]} />
                </label>
              </div>
            ))}
            {errors[`hours_${day}`] && (
              <p className="field-error" role="alert">
                {t(locale, errors[`hours_${day}`]!)}
              </p>
            )}
          </div>
        ))}
        <Field id="p-holidays" label={t(locale, "mitra.field.holidays")} error={errors.holiday_closures} hint={t(locale, "mitra.field.holidaysHint")}>
          <textarea id="p-holidays" name="holiday_closures" rows={2} defaultValue={values.holiday_closures} {...invalid("p-holidays", errors.holiday_closures)} />
        </Field>
        <Field id="p-prep" label={t(locale, "mitra.field.preparation")} error={errors.preparation_minutes}>
          <input id="p-prep" name="preparation_minutes" inputMode="numeric" defaultValue={values.preparation_minutes ?? "30"} {...invalid("p-prep", errors.preparation_minutes)} />
        </Field>
        <Field id="p-lead" label={t(locale, "mitra.field.leadTime")} error={errors.lead_time_days} hint={t(locale, "mitra.field.leadTimeHint")}>
          <input id="p-lead" name="lead_time_days" inputMode="numeric" defaultValue={values.lead_time_days ?? "0"} {...invalid("p-lead", errors.lead_time_days)} />
        </Field>
      </fieldset>

      <fieldset className="mitra-fieldset mitra-choices">
        <legend>{t(locale, "mitra.profile.cohort")}</legend>
        <label className="choice">
          <input type="checkbox" name="women_owned" defaultChecked={values.women_owned === "on"} />
          <span>{t(locale, "mitra.field.womenOwned")}</span>
        </label>
        <label className="choice">
          <input type="checkbox" name="new_entrepreneur" defaultChecked={values.new_entrepreneur === "on"} />
          <span>{t(locale, "mitra.field.newEntrepreneur")}</span>
        </label>
      </fieldset>

      <fieldset className="mitra-fieldset">
        <legend>{t(locale, "mitra.profile.documents")}</legend>
        <p className="field-hint">{t(locale, "mitra.profile.documentsHint")}</p>
        {DOCUMENT_TYPES.map((type) => (
          <div className="mitra-doc" key={type}>
            <h3>{t(locale, DOC_KEY[type])}</h3>
            {documentStatus?.(type)}
            <Field id={`d-${type}-number`} label={t(locale, "mitra.field.docNumber")} error={errors[docField(type, "number")]}>
              <input id={`d-${type}-number`} name={docField(type, "number")} maxLength={64} defaultValue={values[docField(type, "number")]} {...invalid(`d-${type}-number`, errors[docField(type, "number")])} />
            </Field>
            <Field id={`d-${type}-expires`} label={t(locale, "mitra.field.docExpires")} error={errors[docField(type, "expires")]}>
              <input id={`d-${type}-expires`} name={docField(type, "expires")} type="date" defaultValue={values[docField(type, "expires")]} {...invalid(`d-${type}-expires`, errors[docField(type, "expires")])} />
            </Field>
            <Field id={`d-${type}-photo`} label={t(locale, "mitra.field.docPhoto")} error={errors[docField(type, "photo")]} hint={t(locale, "mitra.field.photoHint")}>
              <input id={`d-${type}-photo`} name={docField(type, "photo")} type="file" accept="image/jpeg,image/png,image/webp" capture="environment" {...invalid(`d-${type}-photo`, errors[docField(type, "photo")])} />
            </Field>
            {values[docField(type, "photo") + "_url"] && (
              <a href={values[docField(type, "photo") + "_url"]} target="_blank" rel="noreferrer" className="mitra-doc__photo">
                {t(locale, "mitra.doc.viewPhoto")}
              </a>
            )}
          </div>
        ))}
      </fieldset>
    </>
  )
}

/** The submitted form as values (to show again after an error; files are not kept). */
export function valuesFromForm(form: FormData): ProfileValues {
  const values: ProfileValues = {}
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key === "_csrf") continue
    values[key] = key === "categories" && values[key] ? `${values[key]},${value}` : value
  }
  return values
}
