/**
 * A link we may render or put in a calendar file: an absolute or page-relative http(s) URL,
 * resolved and normalised. Anything else (`javascript:`, `data:`, garbage) gives undefined,
 * so text from an attribute or a backend can never become a script URL.
 */
export function safeHttpUrl(value: string | null | undefined, base?: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const url = base === undefined ? new URL(text) : new URL(text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
