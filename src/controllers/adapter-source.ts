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

/**
 * An element's backend: its `adapter` property, else an adapter for its `api` attribute (made
 * once per URL), else none: an `api` on an element registered without its define module has
 * no factory, and the element says it is not configured.
 */
export class AdapterSource {
  private made: { api: string; adapter: BookingAdapter } | undefined;

  constructor(private readonly lang: () => string) {}

  resolve(adapter: BookingAdapter | undefined, api: string | undefined): BookingAdapter | undefined {
    if (adapter) return adapter;
    const baseUrl = api?.trim();
    if (!baseUrl || !apiAdapterFactory) return undefined;
    if (this.made?.api !== baseUrl) this.made = { api: baseUrl, adapter: apiAdapterFactory(baseUrl, this.lang) };
    return this.made.adapter;
  }
}
