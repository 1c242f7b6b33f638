/**
 * Fills a manage link template (`manage-url` on `<bt-booking>`, `BT_MANAGE_URL` on the reference
 * server): `{reference}`, `{token}` and `{lang}` (the language the citizen booked in, `da` or
 * `en`, so an English receipt or e-mail can open the English page), each URL-encoded.
 */
export function fillManageTemplate(
  template: string,
  values: { reference: string; token?: string | undefined; lang: string },
): string {
  return template
    .replaceAll('{reference}', encodeURIComponent(values.reference))
    .replaceAll('{token}', encodeURIComponent(values.token ?? ''))
    .replaceAll('{lang}', encodeURIComponent(values.lang));
}

/** The placeholders a manage link template may hold. */
export const MANAGE_PLACEHOLDERS = /\{(reference|token|lang)\}/g;
