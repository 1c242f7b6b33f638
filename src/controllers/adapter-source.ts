import type { BookingAdapter } from '../core/adapter.js';

/** Makes the adapter for an element's `api` attribute (a REST base URL). */
export type ApiAdapterFactory = (baseUrl: string, lang: () => string) => BookingAdapter;

let apiAdapterFactory: ApiAdapterFactory | undefined;

/**
 * Says how an `api` attribute becomes an adapter. The define modules call it with the
 * RestAdapter, so importing an element class alone (with an adapter of one's own) never
 * carries the REST client.
 */
export function provideApiAdapter(factory: ApiAdapterFactory): void {
  apiAdapterFactory = factory;
}

/** Why an `api` attribute cannot be used: `undefined` when it is a usable http(s) URL. */
function apiFault(baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl, globalThis.document?.baseURI);
  } catch {
    return 'it is not a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `it is a ${url.protocol} URL, not http(s)`;
  return undefined;
}

/**
 * An element's backend: its `adapter` property, else an adapter for its `api` attribute (made
 * once per URL), else none: an `api` on an element registered without its define module has
 * no factory, and the element says it is not configured.
 *
 * An `api` that is no usable address (`http://[::1`, `javascript:…`) makes no adapter and
 * no error: `invalidApi` then holds it, so the element can say so where it stands, and the
 * webmaster reads why in one `console.warn` per value.
 */
export class AdapterSource {
  private made: { api: string; adapter: BookingAdapter } | undefined;
  private rejected: string | undefined;
  private readonly warned = new Set<string>();

  constructor(private readonly lang: () => string) {}

  /** The `api` attribute last found unusable (while no `adapter` property wins over it). */
  get invalidApi(): string | undefined {
    return this.rejected;
  }

  resolve(adapter: BookingAdapter | undefined, api: string | undefined): BookingAdapter | undefined {
    this.rejected = undefined;
    if (adapter) return adapter;
    const baseUrl = api?.trim();
    if (!baseUrl || !apiAdapterFactory) return undefined;
    if (this.made?.api === baseUrl) return this.made.adapter;
    const fault = apiFault(baseUrl);
    if (fault) return this.reject(baseUrl, fault);
    try {
      this.made = { api: baseUrl, adapter: apiAdapterFactory(baseUrl, this.lang) };
    } catch (error) {
      // A factory of one's own may be stricter than the URL check above.
      return this.reject(baseUrl, error instanceof Error ? error.message : String(error));
    }
    return this.made.adapter;
  }

  /**
   * Tells the webmaster once, in the console, that the element has neither an `api` nor an
   * `adapter` (called when it renders so; an `adapter` set from script later puts it right).
   */
  noteMissing(tag: string): void {
    if (this.warned.has('')) return;
    this.warned.add('');
    console.warn(
      `borgertid: <${tag}> has neither an "api" attribute nor an "adapter" property, so it cannot book. ` +
        `Set "api" to the booking API’s base URL (e.g. <${tag} api="https://booking.example.dk/api">), or "adapter" from JavaScript.`,
    );
  }

  private reject(api: string, why: string): undefined {
    this.rejected = api;
    if (!this.warned.has(api)) {
      this.warned.add(api);
      console.warn(
        `borgertid: the "api" attribute ${JSON.stringify(api)} cannot be used: ${why}. ` +
          'Set it to the booking API’s base URL, e.g. https://booking.example.dk/api.',
      );
    }
    return undefined;
  }
}
