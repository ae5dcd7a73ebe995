import { Form, useRouteLoaderData, type FormProps } from "@remix-run/react"
import type { ReactNode } from "react"
import { DEFAULT_LOCALE, t, type Locale, type MessageKey } from "~/i18n/panel"

interface PanelData {
  locale: Locale
  csrf: string | null
}

/** The panel layout's data (locale, CSRF token) for any component under `/mitra`. */
export function usePanel(): PanelData {
  const data = useRouteLoaderData<PanelData>("routes/mitra")
  return { locale: data?.locale ?? DEFAULT_LOCALE, csrf: data?.csrf ?? null }
}

/**
 * A panel form: a plain POST (works without JavaScript) that carries the session's CSRF token,
 * checked by every panel action (`requireSellerForm`).
 */
export function PanelForm({ children, ...props }: FormProps & { children: ReactNode }) {
  const { csrf } = usePanel()
  return (
    <Form method="post" {...props}>
      {csrf && <input type="hidden" name="_csrf" value={csrf} />}
      {children}
    </Form>
  )
}

/** A labelled field with its message underneath (linked with aria-describedby). */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string
  label: string
  error?: MessageKey | null
  hint?: string
  children: ReactNode
}) {
  const { locale } = usePanel()
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t(locale, error)}
        </p>
      )}
    </div>
  )
}

/** aria attributes of an input with an optional error. */
export const invalid = (id: string, error: unknown) =>
  error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {}

/** "Some fields need fixing, nothing saved" above a form, with the backend's words when it refused. */
export function FormErrorNotice({ result }: { result?: { message?: string | null } | null }) {
  const { locale } = usePanel()
  if (!result) return null
  return (
    <p className="notice notice--error" role="alert">
      {t(locale, "mitra.error.form")}
      {result.message && <span className="mitra-backend-message"> ({result.message})</span>}
    </p>
  )
}
