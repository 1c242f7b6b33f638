import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TFunction } from 'i18next';
import { resolveLanguage, translator, type Language } from '../i18n/i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<Host>();
let documentObserver: MutationObserver | undefined;

function observeDocument(): void {
  if (documentObserver) return;
  // A page that switches its <html lang> re-renders every widget that inherits it.
  documentObserver = new MutationObserver(() => connected.forEach((host) => host.requestUpdate()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Gives an element the language it should speak: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else Danish. Re-renders the element when either changes, so a
 * language switch at run time keeps all state.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: Host;
  private readonly ownObserver: MutationObserver;

  constructor(host: Host) {
    this.host = host;
    this.ownObserver = new MutationObserver(() => host.requestUpdate());
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
    observeDocument();
    this.ownObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    connected.delete(this.host);
    this.ownObserver.disconnect();
  }

  /** The resolved language: 'da' or 'en'. */
  get lang(): Language {
    return resolveLanguage(inheritedLang(this.host));
  }

  /** Translate in the element's language. */
  get t(): TFunction {
    return translator(this.lang);
  }
}

function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang');
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}
