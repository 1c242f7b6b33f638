import type { Service } from '../../core/types.js';

/**
 * Search text folding for the service filter. Case and accents are ignored (é → e), but the
 * Danish letters stay distinct from their look-alikes: æ, ø and å fold to their traditional
 * two-letter spellings ae, oe, aa, so "koerekort" finds "Kørekort" while "kort" never
 * matches "kørt". Both the query and the text are folded the same way.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of the query occurs somewhere in the haystack (any order). */
export function matchesQuery(haystack: string, query: string): boolean {
  const folded = foldForSearch(haystack);
  return foldForSearch(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => folded.includes(word));
}

/** The services a query finds by name, description, category id or translated category name. */
export function filterServices(services: Service[], query: string, categoryLabel: (category: string) => string): Service[] {
  if (!query.trim()) return services;
  return services.filter((service) =>
    matchesQuery([service.name, service.description, service.category, categoryLabel(service.category)].join(' '), query),
  );
}
