import { formatRupiah } from "@sentra/format"
import type { Stripe, StripeElements } from "@stripe/stripe-js"
import { useEffect, useRef, useState } from "react"
import { t, type Locale } from "~/i18n"

/** Where Stripe sends the browser back after the Payment Element (routes/checkout_.kartu.tsx). */
export const CARD_RETURN_PATH = "/checkout/kartu"

type State = "loading" | "ready" | "paying" | "failed"

/**
 * The card step: Stripe's Payment Element for the PaymentIntent the checkout action prepared.
 * Stripe.js is loaded here, in the browser, only now (the shopper chose card): nothing of Stripe
 * is fetched or named on the page before. `amount` is the backend's (the payment session's).
 */
export function CardPaymentStep(props: { locale: Locale; publishableKey: string; clientSecret: string; amount: number }) {
  const { locale, publishableKey, clientSecret } = props
  const [state, setState] = useState<State>("loading")
  const [declined, setDeclined] = useState<string | null>(null)
  const mountRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const stripeRef = useRef<{ stripe: Stripe; elements: StripeElements } | null>(null)

  // The step appears below the order summary: bring it into view (on a phone it is off screen).
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: "start", behavior: "smooth" })
    headingRef.current?.focus()
  }, [clientSecret])

  useEffect(() => {
    let gone = false
    let destroy = () => {}
    setState("loading")
    import("@stripe/stripe-js/pure")
      .then(({ loadStripe }) => loadStripe(publishableKey, { locale }))
      .then((stripe) => {
        if (gone) return
        if (!stripe || !mountRef.current) throw new Error("Stripe.js not available")
        const elements = stripe.elements({ clientSecret, locale })
        const element = elements.create("payment", { layout: "tabs" })
        element.on("ready", () => !gone && setState("ready"))
        element.on("loaderror", () => !gone && setState("failed"))
        element.mount(mountRef.current)
        stripeRef.current = { stripe, elements }
        destroy = () => element.destroy()
      })
      .catch(() => !gone && setState("failed"))
    return () => {
      gone = true
      stripeRef.current = null
      destroy()
    }
  }, [publishableKey, clientSecret, locale])

  async function pay() {
    const loaded = stripeRef.current
    if (!loaded) return
    setState("paying")
    setDeclined(null)
    // Resolves only when Stripe does not redirect: a declined card or an incomplete form.
    const { error } = await loaded.stripe.confirmPayment({
      elements: loaded.elements,
      confirmParams: { return_url: new URL(CARD_RETURN_PATH, window.location.href).href },
    })
    setDeclined(error.message ?? t(locale, "checkout.error.card"))
    setState("ready")
  }

  const amount = formatRupiah(props.amount)
  return (
    <section className="card-step" aria-labelledby="card-step-heading" aria-busy={state === "loading" || state === "paying"}>
      <h2 id="card-step-heading" ref={headingRef} tabIndex={-1}>{t(locale, "checkout.cardStep")}</h2>
      <p className="card-step__amount">{t(locale, "checkout.cardAmount", { amount })}</p>
      <noscript>
        <p className="notice notice--error">{t(locale, "checkout.cardNoScript")}</p>
      </noscript>
      {state === "loading" && (
        <p className="card-step__status" role="status">
          {t(locale, "checkout.cardLoading")}
        </p>
      )}
      {state === "failed" && (
        <p className="notice notice--error" role="alert">
          {t(locale, "checkout.cardLoadFailed")}
        </p>
      )}
      {declined && (
        <p className="notice notice--error" role="alert">
          {declined}
        </p>
      )}
      <div className="card-step__element" ref={mountRef} hidden={state === "failed" ? true : undefined} />
      {state !== "failed" && (
        <button type="button" className="button button--primary button--block" onClick={pay} disabled={state !== "ready"}>
          {state === "paying" ? t(locale, "checkout.cardPaying") : t(locale, "checkout.cardPay", { amount })}
        </button>
      )}
      <p className="field-hint">{t(locale, "checkout.cardSwitch")}</p>
    </section>
  )
}
