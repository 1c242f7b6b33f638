import type { ReactiveControllerHost } from 'lit';
import {
  FIELD_ORDER,
  isFieldPath,
  validateDraft,
  visibleFields,
  type ContactDraft,
  type FieldPath,
  type FormOptions,
} from './contact-model.js';
import type { FieldErrors } from './field-templates.js';

/** The field paths whose error a change of a draft key may show or clear. */
const PATHS_OF: Record<keyof ContactDraft, FieldPath[]> = {
  name: ['citizen.name'],
  cpr: ['citizen.cpr'],
  email: ['citizen.email', 'citizen.contact'],
  phone: ['citizen.phone', 'citizen.contact'],
  smsReminder: ['citizen.phone', 'citizen.contact'],
  forSomeoneElse: [],
  relation: ['onBehalfOf.relation'],
  otherName: ['onBehalfOf.name'],
  otherCpr: ['onBehalfOf.cpr'],
  interpreter: ['needs.interpreter'],
  interpreterLanguage: ['needs.interpreter'],
  stepFreeAccess: [],
  otherNeeds: ['needs.other'],
};

/**
 * Which errors the form shows, GOV.UK's way: a changed field's error appears once the citizen
 * leaves it (punish late) and goes as soon as the field is right (reward early); a submit
 * shows them all; a server error on a field stays until that field is edited.
 */
export class ErrorDisplay {
  private readonly host: ReactiveControllerHost;
  /** Fields whose client-side error is on display. */
  private shown = new Set<FieldPath>();
  /** Draft keys the citizen has changed: only those are validated when left. */
  private readonly dirty = new Set<keyof ContactDraft>();
  private server: Record<string, string> = {};

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  reset(): void {
    this.shown = new Set();
    this.dirty.clear();
    this.host.requestUpdate();
  }

  setServerErrors(errors: Record<string, string>): void {
    this.server = { ...errors };
    this.host.requestUpdate();
  }

  hasServerErrors(): boolean {
    return Object.keys(this.server).length > 0;
  }

  /** Shows every client-side error, as a submit does. */
  showAll(draft: ContactDraft, options: FormOptions): void {
    const errors = validateDraft(draft, options);
    this.shown = new Set(FIELD_ORDER.filter((path) => errors[path]));
    this.host.requestUpdate();
  }

  /** The citizen changed these keys of `draft`: errors now right go, and server errors on them. */
  edited(keys: Array<keyof ContactDraft>, draft: ContactDraft, options: FormOptions): void {
    const client = validateDraft(draft, options);
    for (const key of keys) {
      this.dirty.add(key);
      for (const path of PATHS_OF[key]) {
        if (!client[path]) this.shown.delete(path);
        // A server error is about the old value.
        if (path !== 'citizen.contact') delete this.server[path];
      }
    }
    this.host.requestUpdate();
  }

  /** The citizen left the control of `key`: a changed field shows its errors now. */
  left(key: keyof ContactDraft, draft: ContactDraft, options: FormOptions): void {
    if (!this.dirty.has(key)) return;
    const paths = PATHS_OF[key].filter(
      // "E-mail or phone" only after both were changed: the citizen may be on the way to the other.
      (path) => path !== 'citizen.contact' || (this.dirty.has('email') && this.dirty.has('phone')),
    );
    const client = validateDraft(draft, options);
    for (const path of paths) if (client[path]) this.shown.add(path);
    this.host.requestUpdate();
  }

  /** Client errors (all, or only those on display) merged with server errors for visible fields. */
  current(draft: ContactDraft, options: FormOptions, all: boolean): FieldErrors {
    const client = validateDraft(draft, options);
    const fields = visibleFields(draft, options);
    const result: FieldErrors = {};
    for (const path of FIELD_ORDER) {
      if (!fields.has(path)) continue;
      const own = all || this.shown.has(path) ? client[path] : undefined;
      const reason = own ?? this.server[path];
      if (reason) result[path] = reason;
    }
    return result;
  }

  /** Whether there are server errors on paths the form does not show (one generic summary line). */
  hasUnplacedServerErrors(draft: ContactDraft, options: FormOptions): boolean {
    const fields = visibleFields(draft, options);
    return Object.keys(this.server).some((path) => !isFieldPath(path) || !fields.has(path));
  }
}
