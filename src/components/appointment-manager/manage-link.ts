/** The manage link's parameters, read from a URL's fragment. */
export interface ManageFragment {
  reference?: string;
  token?: string;
  /** The same URL without them (other fragment parameters kept; no `#` left when none remain). */
  cleanUrl: string;
}

const KEYS = ['reference', 'token'];

/**
 * Reads `#reference=…&token=…` from a manage link. The fragment is never sent to a server (no
 * access logs, no Referer), which is why the recommended link carries the token there. Answers
 * undefined when the fragment holds neither.
 */
export function readManageFragment(href: string): ManageFragment | undefined {
  const url = new URL(href);
  const params = new URLSearchParams(url.hash.replace(/^#/, ''));
  const reference = params.get('reference')?.trim() || undefined;
  const token = params.get('token')?.trim() || undefined;
  if (!reference && !token) return undefined;
  for (const key of KEYS) params.delete(key);
  const rest = params.toString();
  url.hash = rest ? `#${rest}` : '';
  // `URL` keeps a bare "#" when the hash is emptied: drop it so the address looks as before the link.
  const cleanUrl = url.href.replace(/#$/, '');
  return { ...(reference ? { reference } : {}), ...(token ? { token } : {}), cleanUrl };
}

/**
 * This page as a manage link's template (`…#reference={reference}&token={token}`, what
 * `<bt-booking manage-url>` fills in): a new errand booked on a manager page that reads its
 * link from the address (`from-url`) is then changed or cancelled on the same page.
 */
export function manageLinkTemplate(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return `${url.href.replace(/#$/, '')}#reference={reference}&token={token}`;
}
