/**
 * Where a sign-in may send the browser afterwards. An open redirect on a municipality's own
 * host name would be a phishing tool ("log in to book your passport" → a look-alike page),
 * so only the server's own origin and the origins it allows for CORS pass.
 */
export interface ReturnToRule {
  /** The origin the request came to, e.g. "https://booking.kommune.dk". */
  ownOrigin: string;
  /** BT_CORS_ORIGINS, as origins. */
  allowedOrigins: readonly string[];
}

/** The URL to send the browser to, normalised, or undefined when it is not allowed. */
export function checkReturnTo(value: string, rule: ReturnToRule): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  if (url.origin !== rule.ownOrigin && !rule.allowedOrigins.includes(url.origin)) return undefined;
  return url.href;
}

/** BT_CORS_ORIGINS entries as origins ("https://www.kommune.dk/" → "https://www.kommune.dk"); "*" allows nothing here. */
export function originsOf(entries: readonly string[]): string[] {
  const origins: string[] = [];
  for (const entry of entries) {
    try {
      const { origin } = new URL(entry.trim());
      if (origin !== 'null') origins.push(origin);
    } catch {
      // Not a URL (e.g. "*"): a wildcard never allows a redirect.
    }
  }
  return origins;
}
