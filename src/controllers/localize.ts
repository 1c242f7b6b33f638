import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TFunction } from 'i18next';
import { onLanguageLoaded, resolveLanguage, spokenLanguage, translator, type Language } from '../i18n/i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Each host's controller, for `hostLanguage`. */
const controllers = new WeakMap<ReactiveControllerHost, LocalizeController>();
/** Every connected element's controller, re-checked when any `lang` attribute changes. */
const connected = new Set<LocalizeController>();
/** The document and the shadow roots above connected elements, each observed once. */
const observedRoots = new WeakSet<Node>();
let langObserver: MutationObserver | undefined;

// A language fetched after the first render (the CDN build's English): its speakers re-render.
onLanguageLoaded((language) => connected.forEach((controller) => controller.languageLoaded(language)));

/**
 * One observer for all elements: it watches `lang` on every element of the document and of
 * each shadow root an element sits in, so a change on any ancestor (light DOM or across
 * shadow roots) reaches the elements below it. Changes of `lang` are rare; on each, an
 * element re-renders only when the language it speaks changed.
 */
function observeAncestry(host: Host): void {
  langObserver ??= new MutationObserver(() => connected.forEach((controller) => controller.refresh()));
  let root = host.getRootNode();
  for (;;) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      langObserver.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
    }
    if (!(root instanceof ShadowRoot)) return;
    root = root.host.getRootNode();
  }
}

/**
 * Gives an element the language it should speak: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else Danish. Re-renders the element when that changes, so a
 * language switch at run time keeps all state.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: Host;
  /** The language of the last render, to skip re-renders that would not change a word. */
  private rendered: Language | undefined;
  /**
   * The language while the host renders: read once, not once per text (a render asks for `t`
   * and `lang` dozens of times, and each reading walks up the ancestors for `lang`).
   */
  private duringUpdate: Language | undefined;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
    controllers.set(host, this);
  }

  hostConnected(): void {
    connected.add(this);
    observeAncestry(this.host);
    // Moved under another ancestor: it may have to speak another language now.
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  hostUpdate(): void {
    this.rendered = this.duringUpdate = this.resolve();
  }

  hostUpdated(): void {
    this.duringUpdate = undefined;
  }

  /** Re-renders the host when its language is not the one it last rendered in. */
  refresh(): void {
    if (this.rendered !== undefined && this.rendered !== this.resolve()) this.host.requestUpdate();
  }

  /** Re-renders the host when it is asked for the language whose texts just arrived (or could not). */
  languageLoaded(language: Language): void {
    if (this.asked() === language) this.host.requestUpdate();
  }

  /** The resolved language: 'da' or 'en'. */
  get lang(): Language {
    return this.duringUpdate ?? this.resolve();
  }

  /** The language the page asks this element for. */
  private asked(): Language {
    return resolveLanguage(inheritedLang(this.host));
  }

  /** The language it speaks: the one asked for, or Danish while that one's texts cannot be had. */
  private resolve(): Language {
    return spokenLanguage(this.asked());
  }

  /** Translate in the element's language. */
  get t(): TFunction {
    return translator(this.lang);
  }
}

/** The language an element speaks, for its controllers (undefined: it has no LocalizeController). */
export function hostLanguage(host: ReactiveControllerHost): Language | undefined {
  return controllers.get(host)?.lang;
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
