/**
 * The pages a citizen sees during sign-in (in the popup or the whole window): a shell with a
 * strict Content-Security-Policy (no inline script or style: the one script and the one
 * stylesheet are files served beside the pages), in Danish with the English alongside.
 */
import type { FastifyReply } from 'fastify';
import { html, type SafeHtml } from './html.js';

export interface PageOptions {
  /** "Danish / English". */
  title: string;
  main: SafeHtml;
  /** Where the page's form may lead, besides its own origin (a returnTo's origin after a redirect). */
  formOrigins?: readonly string[];
  /** Adds close.js, which closes the popup the widget opened. */
  closes?: boolean;
}

/** The stylesheet and the script the pages load, relative to `…/session/`. */
export const PAGE_STYLESHEET = 'page.css';
export const CLOSE_SCRIPT = 'close.js';

export function sendPage(reply: FastifyReply, status: number, page: PageOptions): FastifyReply {
  // Chromium applies form-action to the redirects after a submission too, so the origins a
  // sign-in may return to are listed.
  const formAction = ["'self'", ...(page.formOrigins ?? [])].join(' ');
  return pageHeaders(reply, 'text/html; charset=utf-8')
    .code(status)
    .header(
      'content-security-policy',
      `default-src 'none'; script-src 'self'; style-src 'self'; form-action ${formAction}; ` +
        "frame-ancestors 'none'; base-uri 'none'",
    )
    .send(
      html`<!doctype html>
        <html lang="da">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="referrer" content="no-referrer" />
            <title>${page.title}</title>
            <link rel="stylesheet" href="${PAGE_STYLESHEET}" />
            ${page.closes ? html`<script src="${CLOSE_SCRIPT}" defer></script>` : html``}
          </head>
          <body>
            <main>${page.main}</main>
          </body>
        </html> `.markup,
    );
}

/** Headers every sign-in page and asset shares. */
export function pageHeaders(reply: FastifyReply, contentType: string): FastifyReply {
  return (
    reply
      .header('content-type', contentType)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      // A `same-origin` opener policy would cut the popup off from the widget that opened it,
      // which then could not tell that the citizen closed it.
      .header('cross-origin-opener-policy', 'unsafe-none')
  );
}

/** Closes the popup once sign-in is over; a window the page did not open stays (browsers refuse). */
export const CLOSE_SCRIPT_SOURCE = 'window.close();\n';

export const PAGE_STYLESHEET_SOURCE = `:root { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0; }
main { max-width: 36rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; }
[lang='en'] { display: block; color: #4d4d4d; }
.demo-banner { border: 3px solid #b35c00; background: #fff4e0; color: #3d2000; padding: 0.75rem 1rem; font-size: 1.125rem; }
.demo-banner [lang='en'] { color: inherit; }
.citizens { list-style: none; padding: 0; display: grid; gap: 0.75rem; }
button { font: inherit; color: inherit; padding: 0.75rem 1rem; min-height: 44px; width: 100%; text-align: start; cursor: pointer; }
button.secondary { width: auto; }
@media (forced-colors: active) { .demo-banner { border-color: CanvasText; } }
`;
