/**
 * "Print the receipt alone": while the citizen prints from the receipt's own button, every
 * part of the page except the receipt and the chain of elements that holds it is taken out
 * of the printed layout.
 *
 * How, under a strict CSP (no `unsafe-inline` styles): a constructable stylesheet, adopted
 * by the document and by every shadow root along the chain (a document sheet cannot reach
 * into shadow trees), with rules inside `@media print` only, so the screen never changes.
 * The chain is marked with attributes: `data-bt-print-target` on the receipt,
 * `data-bt-print-ancestor` on each flat-tree ancestor (slots included), and
 * `data-bt-printing` on `<html>` as a hook for the host page's own print rules.
 *
 * Siblings of the chain get `display: none` (not `visibility: hidden`, which would keep their
 * space and print blank pages), and the ancestors lose what would clip or move the receipt
 * on paper: fixed or absolute positioning, transforms, overflow, fixed heights, margins.
 */

const PRINT_RULES = `
@media print {
  [data-bt-print-ancestor] > :not([data-bt-print-ancestor], [data-bt-print-target]),
  :host > :not([data-bt-print-ancestor], [data-bt-print-target]) {
    display: none !important;
  }
  [data-bt-print-ancestor] {
    display: block !important;
    position: static !important;
    float: none !important;
    transform: none !important;
    contain: none !important;
    overflow: visible !important;
    width: auto !important;
    min-width: 0 !important;
    max-width: none !important;
    height: auto !important;
    min-height: 0 !important;
    max-height: none !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    box-shadow: none !important;
    background: none !important;
    visibility: visible !important;
  }
  [data-bt-print-target] {
    position: static !important;
    float: none !important;
    transform: none !important;
    margin: 0 !important;
    max-width: none !important;
    visibility: visible !important;
  }
}
`;

export const PRINT_TARGET_ATTRIBUTE = 'data-bt-print-target';
export const PRINT_ANCESTOR_ATTRIBUTE = 'data-bt-print-ancestor';
export const PRINTING_ATTRIBUTE = 'data-bt-printing';

let sheet: CSSStyleSheet | undefined;

/** One sheet for the page, built on first use (adoptable by the document and shadow roots). */
export function printIsolationSheet(): CSSStyleSheet | undefined {
  if (sheet) return sheet;
  if (!('adoptedStyleSheets' in Document.prototype) || typeof CSSStyleSheet.prototype.replaceSync !== 'function') {
    return undefined;
  }
  sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_RULES);
  return sheet;
}

/** The parent in the flat tree: the assigned slot, else the parent, else a shadow root's host. */
function flatTreeParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

type StyleRoot = Document | ShadowRoot;

function styleRootOf(element: Element): StyleRoot | undefined {
  const root = element.getRootNode();
  return root instanceof Document || root instanceof ShadowRoot ? root : undefined;
}

/**
 * Isolates `target` for printing and returns the function that undoes it. Safe to call when
 * constructable stylesheets are missing (then printing just includes the whole page).
 */
export function isolateForPrint(target: HTMLElement): () => void {
  const printSheet = printIsolationSheet();
  if (!printSheet || !target.isConnected) return () => {};
  const ancestors: Element[] = [];
  const roots = new Set<StyleRoot>();
  const targetRoot = styleRootOf(target);
  if (targetRoot) roots.add(targetRoot);
  for (let element = flatTreeParent(target); element; element = flatTreeParent(element)) {
    ancestors.push(element);
    const root = styleRootOf(element);
    if (root) roots.add(root);
  }

  target.setAttribute(PRINT_TARGET_ATTRIBUTE, '');
  ancestors.forEach((element) => element.setAttribute(PRINT_ANCESTOR_ATTRIBUTE, ''));
  const html = target.ownerDocument.documentElement;
  html.setAttribute(PRINTING_ATTRIBUTE, '');
  roots.forEach((root) => {
    if (!root.adoptedStyleSheets.includes(printSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, printSheet];
    }
  });

  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    target.removeAttribute(PRINT_TARGET_ATTRIBUTE);
    ancestors.forEach((element) => element.removeAttribute(PRINT_ANCESTOR_ATTRIBUTE));
    html.removeAttribute(PRINTING_ATTRIBUTE);
    roots.forEach((root) => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== printSheet);
    });
  };
}
