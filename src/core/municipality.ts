/**
 * A municipality's booking configuration: its offices and errands with texts in Danish and
 * English, and how many citizens each errand seats per slot. The reference server reads it
 * from a file; the MemoryAdapter's sample municipality is one. `localizeLocation` and
 * `localizeService` turn it into the contract's `Location` and `Service` for one language.
 */
import type { Address, CheckIn, Location, OpeningHours, Service } from './types.js';

export type ContentLanguage = 'da' | 'en';

/** A text in Danish, with English when the municipality has written it (Danish otherwise). */
export interface LocalizedText {
  da: string;
  en?: string;
}

/** A day or days an office is closed beyond weekends and public holidays. */
export interface Closure {
  /** First closed Copenhagen date, YYYY-MM-DD. */
  from: string;
  /** Last closed date, inclusive; absent = `from` alone. */
  to?: string;
  reason: LocalizedText;
}

export interface OfficeConfig {
  id: string;
  name: LocalizedText;
  address: Address;
  openingHours: OpeningHours[];
  phone?: string;
  /** Where confirmation e-mails send replies, and what they name as the sender. */
  email?: string;
  accessibilityNote?: LocalizedText;
  /** How citizens check in here (`kiosk` or `desk`); absent, the receipt fits either. */
  checkIn?: CheckIn;
  closures?: Closure[];
}

export interface ErrandConfig {
  id: string;
  name: LocalizedText;
  category: string;
  description: LocalizedText;
  durationMinutes: number;
  /** Danish kroner; absent when free. */
  fee?: number;
  documentsToBring: LocalizedText[];
  requiresLogin: boolean;
  requiresCpr?: boolean;
  /** Offices offering the errand; absent = every office. */
  locationIds?: string[];
  /** Citizens served at once in one slot (counters): a number for every office, or per office id. Default 1. */
  capacity?: number | Record<string, number>;
}

export interface MunicipalityConfig {
  name: LocalizedText;
  offices: OfficeConfig[];
  errands: ErrandConfig[];
  /** How far ahead citizens may book, in days. Default 92. */
  horizonDays?: number;
}

export function contentLanguage(lang: string | undefined): ContentLanguage {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

export function localized(text: LocalizedText, lang: ContentLanguage): string {
  return (lang === 'en' && text.en) || text.da;
}

export function localizeLocation(office: OfficeConfig, lang: ContentLanguage): Location {
  return {
    id: office.id,
    name: localized(office.name, lang),
    address: { ...office.address },
    openingHours: office.openingHours.map((day) => ({ ...day, intervals: day.intervals.map((slot) => ({ ...slot })) })),
    ...(office.phone ? { phone: office.phone } : {}),
    ...(office.accessibilityNote ? { accessibilityNote: localized(office.accessibilityNote, lang) } : {}),
    ...(office.checkIn ? { checkIn: office.checkIn } : {}),
  };
}

export function localizeService(errand: ErrandConfig, lang: ContentLanguage): Service {
  return {
    id: errand.id,
    name: localized(errand.name, lang),
    category: errand.category,
    description: localized(errand.description, lang),
    durationMinutes: errand.durationMinutes,
    ...(errand.fee !== undefined ? { fee: errand.fee } : {}),
    documentsToBring: errand.documentsToBring.map((item) => localized(item, lang)),
    requiresLogin: errand.requiresLogin,
    ...(errand.requiresCpr !== undefined ? { requiresCpr: errand.requiresCpr } : {}),
    ...(errand.locationIds ? { locationIds: [...errand.locationIds] } : {}),
  };
}

/** Places per slot for an errand at an office. */
export function capacityOf(errand: ErrandConfig, officeId: string): number {
  const { capacity } = errand;
  if (capacity === undefined) return 1;
  return typeof capacity === 'number' ? capacity : (capacity[officeId] ?? 1);
}

/** The closure covering `date` at an office, if any. */
export function closureOn(office: OfficeConfig, date: string): Closure | undefined {
  return office.closures?.find((closure) => date >= closure.from && date <= (closure.to ?? closure.from));
}
