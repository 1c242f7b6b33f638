/**
 * Registers a tag once. Two widgets on one page (or two copies of the library) are normal:
 * a second registration of the same class is a no-op, and a clash with another class warns
 * instead of throwing, so the page keeps working with the element it already has.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`borgertid: <${tag}> is already defined by another version; keeping that one.`);
  }
}
