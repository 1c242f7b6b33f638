import { nothing } from 'lit';

/** Ids from the backend may hold any character: maps them to safe, stable DOM ids. */
export class DomIds {
  private readonly ids = new Map<string, string>();

  of(kind: 'service' | 'location', id: string): string {
    const key = `${kind}\u0000${id}`;
    let domId = this.ids.get(key);
    if (!domId) {
      domId = `${kind}-${this.ids.size + 1}`;
      this.ids.set(key, domId);
    }
    return domId;
  }
}

/** An `aria-describedby` value from the ids that apply, or no attribute when none does. */
export function idRefs(...ids: Array<string | false | undefined | null | 0>): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}
