import type { Citizen, OnBehalfOf, Session, SpecialNeeds } from '../../core/types.js';
import { validateCpr, validateEmail, validatePhone } from '../../core/validation.js';

/** What <bt-contact-form> takes as `value`, gives back from `value`, and emits. */
export interface ContactDetails {
  citizen: Citizen;
  onBehalfOf?: OnBehalfOf;
  needs?: SpecialNeeds;
}

/** The longest note the citizen may write under "other needs". */
export const OTHER_NEEDS_MAX_LENGTH = 500;

/**
 * Exactly what the citizen has typed and ticked, field by field, as strings: the form renders
 * from it, so a re-render (e.g. a language switch) never loses a keystroke.
 */
export interface ContactDraft {
  name: string;
  cpr: string;
  email: string;
  phone: string;
  smsReminder: boolean;
  forSomeoneElse: boolean;
  relation: '' | OnBehalfOf['relation'];
  otherName: string;
  otherCpr: string;
  interpreter: boolean;
  interpreterLanguage: string;
  stepFreeAccess: boolean;
  otherNeeds: string;
}

export function emptyDraft(): ContactDraft {
  return {
    name: '',
    cpr: '',
    email: '',
    phone: '',
    smsReminder: false,
    forSomeoneElse: false,
    relation: '',
    otherName: '',
    otherCpr: '',
    interpreter: false,
    interpreterLanguage: '',
    stepFreeAccess: false,
    otherNeeds: '',
  };
}

/**
 * A draft from a `value`. A CPR number absent from `value` keeps the one in `current`:
 * `bt-contact-change` never carries CPR numbers, so a parent that echoes that event's detail
 * back into `value` must not wipe what the citizen typed. An explicit `''` clears it.
 */
export function draftFromDetails(details: ContactDetails | null | undefined, current: ContactDraft): ContactDraft {
  const draft = emptyDraft();
  if (!details) return draft;
  const { citizen, onBehalfOf, needs } = details;
  draft.name = citizen?.name ?? '';
  draft.cpr = citizen?.cpr ?? current.cpr;
  draft.email = citizen?.email ?? '';
  draft.phone = citizen?.phone ?? '';
  draft.smsReminder = Boolean(citizen?.smsReminder);
  if (onBehalfOf) {
    draft.forSomeoneElse = true;
    draft.relation = onBehalfOf.relation === 'child' || onBehalfOf.relation === 'adult' ? onBehalfOf.relation : '';
    draft.otherName = onBehalfOf.name ?? '';
    draft.otherCpr = onBehalfOf.cpr ?? current.otherCpr;
  }
  if (needs) {
    // `interpreter: ''` is a ticked box whose language is not typed yet.
    draft.interpreter = typeof needs.interpreter === 'string';
    draft.interpreterLanguage = needs.interpreter ?? '';
    draft.stepFreeAccess = Boolean(needs.stepFreeAccess);
    draft.otherNeeds = needs.other ?? '';
  }
  return draft;
}

export interface FormOptions {
  requireCpr: boolean;
  smsOffered: boolean;
  session?: Session | null | undefined;
}

/** The name and CPR number a MitID session vouches for: shown read-only, never editable. */
export function sessionName(options: FormOptions): string | undefined {
  return options.session?.name?.trim() || undefined;
}

export function sessionCpr(options: FormOptions): string | undefined {
  const cpr = options.session?.cpr;
  return cpr ? (validateCpr(cpr).ok ? cpr : undefined) : undefined;
}

/**
 * The draft as ContactDetails, exactly as typed (not normalised), so that setting it back as
 * `value` restores the form. With `withCpr: false` every CPR number is left out.
 */
export function detailsFromDraft(draft: ContactDraft, options: FormOptions, withCpr: boolean): ContactDetails {
  const citizen: Citizen = { name: sessionName(options) ?? draft.name };
  if (withCpr && options.requireCpr && !sessionCpr(options) && draft.cpr) citizen.cpr = draft.cpr;
  if (draft.email) citizen.email = draft.email;
  if (draft.phone) citizen.phone = draft.phone;
  if (options.smsOffered && draft.smsReminder) citizen.smsReminder = true;
  const details: ContactDetails = { citizen };
  if (draft.forSomeoneElse && draft.relation) {
    const onBehalfOf: OnBehalfOf = { relation: draft.relation, name: draft.otherName };
    if (withCpr && options.requireCpr && draft.otherCpr) onBehalfOf.cpr = draft.otherCpr;
    details.onBehalfOf = onBehalfOf;
  }
  const needs = needsFromDraft(draft, false);
  if (needs) details.needs = needs;
  return details;
}

function needsFromDraft(draft: ContactDraft, normalise: boolean): SpecialNeeds | undefined {
  const needs: SpecialNeeds = {};
  if (draft.interpreter) needs.interpreter = normalise ? draft.interpreterLanguage.trim() : draft.interpreterLanguage;
  if (draft.stepFreeAccess) needs.stepFreeAccess = true;
  const other = normalise ? draft.otherNeeds.trim() : draft.otherNeeds;
  if (other) needs.other = other;
  return Object.keys(needs).length ? needs : undefined;
}

/** A field path as in a BookingError's `fields`, plus `citizen.contact` for "e-mail or phone". */
export type FieldPath =
  | 'citizen.name'
  | 'citizen.cpr'
  | 'citizen.contact'
  | 'citizen.email'
  | 'citizen.phone'
  | 'onBehalfOf.relation'
  | 'onBehalfOf.name'
  | 'onBehalfOf.cpr'
  | 'needs.interpreter'
  | 'needs.other';

/** Every path in the order the fields appear, which is the order of the error summary. */
export const FIELD_ORDER: readonly FieldPath[] = [
  'citizen.name',
  'citizen.cpr',
  'citizen.contact',
  'citizen.email',
  'citizen.phone',
  'onBehalfOf.relation',
  'onBehalfOf.name',
  'onBehalfOf.cpr',
  'needs.interpreter',
  'needs.other',
];

export function isFieldPath(path: string): path is FieldPath {
  return (FIELD_ORDER as readonly string[]).includes(path);
}

/** Which editable fields the form currently shows, given its options and the draft. */
export function visibleFields(draft: ContactDraft, options: FormOptions): Set<FieldPath> {
  // Name and CPR number from a MitID session are read-only: not fields the citizen can fix.
  const fields = new Set<FieldPath>(['citizen.contact', 'citizen.email', 'citizen.phone', 'needs.other']);
  if (!sessionName(options)) fields.add('citizen.name');
  if (options.requireCpr && !sessionCpr(options)) fields.add('citizen.cpr');
  if (draft.forSomeoneElse) {
    fields.add('onBehalfOf.relation');
    fields.add('onBehalfOf.name');
    if (options.requireCpr) fields.add('onBehalfOf.cpr');
  }
  if (draft.interpreter) fields.add('needs.interpreter');
  return fields;
}

/**
 * The reason code per field for everything wrong with the draft. The rules:
 * - full name: always required (unless a MitID session gives it);
 * - CPR number: required and checked when `requireCpr` (unless the session gives it);
 * - e-mail or phone: at least one, so a confirmation can be sent; each checked when filled;
 * - phone: required when the SMS reminder is ticked;
 * - someone else: relation and name required, their CPR number too when `requireCpr`;
 * - interpreter: the language is required when the box is ticked;
 * - other needs: at most 500 characters.
 */
export function validateDraft(draft: ContactDraft, options: FormOptions): Partial<Record<FieldPath, string>> {
  const errors: Partial<Record<FieldPath, string>> = {};
  if (!sessionName(options) && !draft.name.trim()) errors['citizen.name'] = 'required';
  if (options.requireCpr && !sessionCpr(options)) {
    const cpr = validateCpr(draft.cpr);
    if (!cpr.ok) errors['citizen.cpr'] = cpr.reason;
  }
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  const sms = options.smsOffered && draft.smsReminder;
  if (!email && !phone && !sms) errors['citizen.contact'] = 'required';
  if (email) {
    const result = validateEmail(email);
    if (!result.ok) errors['citizen.email'] = result.reason;
  }
  if (phone) {
    const result = validatePhone(phone);
    if (!result.ok) errors['citizen.phone'] = result.reason;
  } else if (sms) {
    errors['citizen.phone'] = 'sms';
  }
  if (draft.forSomeoneElse) {
    if (!draft.relation) errors['onBehalfOf.relation'] = 'required';
    if (!draft.otherName.trim()) errors['onBehalfOf.name'] = 'required';
    if (options.requireCpr) {
      const cpr = validateCpr(draft.otherCpr);
      if (!cpr.ok) errors['onBehalfOf.cpr'] = cpr.reason;
    }
  }
  if (draft.interpreter && !draft.interpreterLanguage.trim()) errors['needs.interpreter'] = 'required';
  if (draft.otherNeeds.length > OTHER_NEEDS_MAX_LENGTH) errors['needs.other'] = 'too-long';
  return errors;
}

/**
 * The normalised ContactDetails of a valid draft: names and e-mail trimmed, phone in E.164,
 * CPR numbers as 10 digits, only when `requireCpr` (data minimisation: a CPR number the
 * errand does not need is never sent). Returns null when the draft is not valid.
 */
export function normaliseDraft(draft: ContactDraft, options: FormOptions): ContactDetails | null {
  if (Object.keys(validateDraft(draft, options)).length) return null;
  const citizen: Citizen = { name: sessionName(options) ?? draft.name.trim() };
  if (options.requireCpr) {
    const cpr = validateCpr(sessionCpr(options) ?? draft.cpr);
    if (cpr.ok) citizen.cpr = cpr.value;
  }
  const email = validateEmail(draft.email);
  if (email.ok) citizen.email = email.value;
  const phone = validatePhone(draft.phone);
  if (phone.ok) citizen.phone = phone.value;
  if (options.smsOffered && draft.smsReminder) citizen.smsReminder = true;
  const details: ContactDetails = { citizen };
  if (draft.forSomeoneElse && draft.relation) {
    const onBehalfOf: OnBehalfOf = { relation: draft.relation, name: draft.otherName.trim() };
    if (options.requireCpr) {
      const cpr = validateCpr(draft.otherCpr);
      if (cpr.ok) onBehalfOf.cpr = cpr.value;
    }
    details.onBehalfOf = onBehalfOf;
  }
  const needs = needsFromDraft(draft, true);
  if (needs) details.needs = needs;
  return details;
}

/**
 * The form value: everything but CPR numbers, keyed by field path. A host
 * `<form method="get">` would put the form value into the URL, where a CPR number must never
 * go; the browser also keeps it in session history for `draftFromFormState`.
 */
export function formEntries(draft: ContactDraft, options: FormOptions): FormData {
  const data = new FormData();
  data.set('citizen.name', sessionName(options) ?? draft.name);
  if (draft.email) data.set('citizen.email', draft.email);
  if (draft.phone) data.set('citizen.phone', draft.phone);
  if (options.smsOffered && draft.smsReminder) data.set('citizen.smsReminder', 'on');
  if (draft.forSomeoneElse && draft.relation) {
    data.set('onBehalfOf.relation', draft.relation);
    data.set('onBehalfOf.name', draft.otherName);
  }
  if (draft.interpreter) data.set('needs.interpreter', draft.interpreterLanguage);
  if (draft.stepFreeAccess) data.set('needs.stepFreeAccess', 'on');
  if (draft.otherNeeds) data.set('needs.other', draft.otherNeeds);
  return data;
}

/** A draft from what `formEntries` gave the browser; the CPR numbers stay as in `current`. */
export function draftFromFormState(state: FormData, current: ContactDraft): ContactDraft {
  const text = (key: string) => {
    const value = state.get(key);
    return typeof value === 'string' ? value : '';
  };
  const relation = text('onBehalfOf.relation');
  const forSomeoneElse = relation === 'child' || relation === 'adult';
  return {
    ...current,
    name: text('citizen.name'),
    email: text('citizen.email'),
    phone: text('citizen.phone'),
    smsReminder: state.has('citizen.smsReminder'),
    forSomeoneElse,
    relation: forSomeoneElse ? relation : '',
    otherName: text('onBehalfOf.name'),
    interpreter: state.has('needs.interpreter'),
    interpreterLanguage: text('needs.interpreter'),
    stepFreeAccess: state.has('needs.stepFreeAccess'),
    otherNeeds: text('needs.other'),
  };
}

/** "010190-••••": enough for the citizen to recognise a CPR number without showing it. */
export function maskedCpr(cpr: string): string {
  const digits = cpr.replace(/\D/g, '');
  return `${digits.slice(0, 6)}-••••`;
}
