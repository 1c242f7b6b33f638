import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** h1…h6 as static tags: the level is a number we clamp, never text from outside. */
const TAGS: StaticValue[] = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** A heading level from an attribute, clamped to 1–6 (2 when it is not a number). */
export function headingLevel(value: unknown, fallback = 2): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) && level > 0 ? Math.min(level, 6) : fallback;
}

export interface HeadingOptions {
  id?: string;
  className?: string;
  part?: string;
  /** Focusable by script (tabindex -1), for moving focus to a new step or result. */
  focusTarget?: boolean;
}

/**
 * A real `<hN>` at the level the host page needs, so the widget's headings fit the outline of
 * whatever page embeds it (inline under an h1, or in a dialog titled by an h2).
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = TAGS[headingLevel(level) - 1];
  return html`<${tag}
    id=${options.id ?? nothing}
    class=${options.className ?? nothing}
    part=${options.part ?? nothing}
    tabindex=${options.focusTarget ? '-1' : nothing}
    >${content}</${tag}
  >`;
}
