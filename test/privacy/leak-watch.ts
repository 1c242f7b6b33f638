/**
 * Watches everywhere a CPR number could escape to from a page: every event a capture-phase
 * listener on `window` hears (all `bt-*` names and every standard event type), the console,
 * the address and history state, web storage, cookies, IndexedDB, Cache Storage, and the
 * properties of the page's elements. Used by the privacy suite.
 */

import { manifestEvents } from '../support/manifest-events.mjs';

/**
 * Every public event of the elements (among them the two that must never reach the page from
 * inside one, `bt-contact-change` and `bt-contact-submit`), as the manifest documents them.
 */
export const BT_EVENTS: readonly string[] = manifestEvents(await (await fetch('/custom-elements.json')).json());

/** Events with no `on…` property to learn them from. */
const UNLISTED_EVENTS = [
  'focusin',
  'focusout',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'DOMContentLoaded',
  'DOMActivate',
  'DOMFocusIn',
  'DOMFocusOut',
];

/** Every standard event type this engine knows, from the `on…` handlers of window, document and elements. */
function standardEventTypes(): string[] {
  const names = new Set<string>(UNLISTED_EVENTS);
  for (const target of [window, Window.prototype, Document.prototype, Element.prototype, HTMLElement.prototype]) {
    for (let proto: object | null = target; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const key of Object.getOwnPropertyNames(proto)) if (key.startsWith('on')) names.add(key.slice(2));
    }
  }
  return [...names];
}

const CONSOLE_METHODS = [
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
  'table',
  'dir',
  'dirxml',
  'group',
  'groupCollapsed',
  'assert',
] as const;
type ConsoleMethod = (typeof CONSOLE_METHODS)[number];

/** JSON of anything, never throwing (cycles and DOM nodes become a marker). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  const seen = new WeakSet<object>();
  try {
    return (
      JSON.stringify(value, (_key, inner: unknown) => {
        if (inner instanceof Node) return `[${inner.nodeName}]`;
        if (typeof inner === 'object' && inner !== null) {
          if (seen.has(inner)) return '[seen]';
          seen.add(inner);
        }
        return inner;
      }) ?? String(value)
    );
  } catch {
    return String(value);
  }
}

/** What a listener on the page can read from an event it hears. */
function eventText(event: Event): string {
  const readable = event as Event & { detail?: unknown; data?: unknown; key?: unknown; inputType?: unknown };
  const target = event.target as { value?: unknown } | null;
  return [
    event.type,
    textOf(readable.detail),
    textOf(readable.data),
    textOf(readable.key),
    typeof target?.value === 'string' ? target.value : '',
  ].join(' ');
}

export class LeakWatch {
  /** One line per event heard on `window` in the capture phase: type, detail, data, key, target value. */
  readonly heard: string[] = [];
  /** Every event type dispatched by script anywhere (to prove the `bt-*` list is complete). */
  readonly dispatchedTypes = new Set<string>();
  readonly logged: string[] = [];
  private readonly types = [...new Set([...BT_EVENTS, ...standardEventTypes()])];
  private readonly originals = new Map<ConsoleMethod, unknown>();
  private originalDispatch: typeof EventTarget.prototype.dispatchEvent | undefined;
  private readonly onEvent = (event: Event): void => void this.heard.push(eventText(event));

  /** How many event types are listened to. */
  get typeCount(): number {
    return this.types.length;
  }

  start(): void {
    for (const type of this.types) window.addEventListener(type, this.onEvent, { capture: true });
    for (const method of CONSOLE_METHODS) {
      const original = console[method];
      this.originals.set(method, original);
      (console as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        this.logged.push(args.map(textOf).join(' '));
      };
    }
    const dispatch = EventTarget.prototype.dispatchEvent;
    const types = this.dispatchedTypes;
    this.originalDispatch = dispatch;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event): boolean {
      types.add(event.type);
      return dispatch.call(this, event);
    };
  }

  stop(): void {
    for (const type of this.types) window.removeEventListener(type, this.onEvent, { capture: true });
    for (const [method, original] of this.originals) (console as unknown as Record<string, unknown>)[method] = original;
    this.originals.clear();
    if (this.originalDispatch) EventTarget.prototype.dispatchEvent = this.originalDispatch;
  }

  /** `bt-*` types some script dispatched that the listener list does not name. */
  unlistenedBtTypes(): string[] {
    return [...this.dispatchedTypes].filter((type) => type.startsWith('bt-') && !BT_EVENTS.includes(type));
  }
}

/** Everything the page keeps: address, history state, web storage, cookies, IndexedDB and Cache Storage. */
export async function pageStores(): Promise<Record<string, string>> {
  const stores: Record<string, string> = {
    url: window.location.href,
    historyState: textOf(history.state),
    localStorage: textOf({ ...localStorage }),
    sessionStorage: textOf({ ...sessionStorage }),
    cookies: document.cookie,
  };
  const databases = (await indexedDB.databases?.()) ?? [];
  for (const { name } of databases) if (name) stores[`indexedDB ${name}`] = await databaseText(name);
  if ('caches' in window) {
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      stores[`cache ${name}`] = requests.map((request) => request.url).join('\n');
    }
  }
  return stores;
}

async function databaseText(name: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const stores = [...db.objectStoreNames];
    if (!stores.length) return '';
    const transaction = db.transaction(stores, 'readonly');
    const contents = await Promise.all(
      stores.map(
        (store) =>
          new Promise<string>((resolve, reject) => {
            const request = transaction.objectStore(store).getAll();
            request.onsuccess = () => resolve(`${store}: ${textOf(request.result)}`);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    return contents.join('\n');
  } finally {
    db.close();
  }
}

/**
 * Paths to every string containing a CPR number reachable from an element's properties: its own
 * fields (private ones too: a controller's state is the element's memory), the getters of its
 * classes, and the same for every element in its shadow trees. DOM nodes are visited as elements,
 * not through properties; `skip` holds what may legitimately hold it (the backend adapter).
 */
export function findInProperties(root: Element, leaks: (text: string) => boolean, skip: ReadonlySet<object>): string[] {
  const hits: string[] = [];
  const seen = new WeakSet<object>(skip as Set<object>);
  for (const object of skip) seen.add(object);
  const visit = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'string') {
      if (leaks(value)) hits.push(path);
      return;
    }
    if (typeof value !== 'object' || value === null || depth > 12) return;
    if (seen.has(value) || value instanceof Node || value === window) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const [key, inner] of value) visit(inner, `${path}[${textOf(key)}]`, depth + 1);
      return;
    }
    if (value instanceof Set || Array.isArray(value)) {
      [...value].forEach((inner, index) => visit(inner, `${path}[${index}]`, depth + 1));
      return;
    }
    for (const key of Object.getOwnPropertyNames(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) visit(descriptor.value, `${path}.${key}`, depth + 1);
    }
  };
  const elements = [root, ...deepElements(root)];
  for (const element of elements) {
    const name = element.localName;
    visit(Object.fromEntries(Object.getOwnPropertyNames(element).map((key) => [key, read(element, key)])), name, 0);
    for (const getter of classGetters(element)) visit(read(element, getter), `${name}.${getter}`, 1);
  }
  return hits;
}

function read(object: object, key: string): unknown {
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Getters the element's own classes define (above the platform's HTMLElement). */
function classGetters(element: Element): string[] {
  const names: string[] = [];
  for (
    let proto = Object.getPrototypeOf(element) as object | null;
    proto && proto !== HTMLElement.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (descriptor.get) names.push(key);
    }
  }
  return names;
}

/** Every element inside the root's shadow tree and the shadow trees within it. */
function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    for (const child of node.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}
