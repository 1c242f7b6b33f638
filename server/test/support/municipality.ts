/**
 * A small municipality for the server's fault and load tests: one office open on weekdays, a
 * passport errand with three counters (capacity 3, CPR required) and a health-card errand with
 * one. Given to the server through BT_CONFIG (startServer's `config`).
 */
import type { MunicipalityConfig } from '../../../src/core/municipality.js';
import type { OpeningHours } from '../../../src/core/types.js';

const weekdays: OpeningHours[] = ([1, 2, 3, 4, 5] as const).map((weekday) => ({
  weekday,
  intervals: [{ open: '09:00', close: '15:00' }],
}));

export const TEST_MUNICIPALITY: MunicipalityConfig = {
  name: { da: 'Testkommune', en: 'Test Municipality' },
  horizonDays: 60,
  offices: [
    {
      id: 'raadhus',
      name: { da: 'Rådhuset', en: 'The Town Hall' },
      address: { street: 'Torvet 1', postalCode: '9999', city: 'Testby' },
      openingHours: weekdays,
      phone: '+45 01 23 45 67',
    },
  ],
  errands: [
    {
      id: 'pas',
      name: { da: 'Pas', en: 'Passport' },
      category: 'pas',
      description: { da: 'Nyt pas', en: 'New passport' },
      durationMinutes: 15,
      documentsToBring: [{ da: 'Gammelt pas', en: 'Old passport' }],
      requiresLogin: false,
      requiresCpr: true,
      capacity: 3,
    },
    {
      id: 'sundhedskort',
      name: { da: 'Sundhedskort', en: 'Health card' },
      category: 'sundhed',
      description: { da: 'Nyt sundhedskort', en: 'New health card' },
      durationMinutes: 10,
      documentsToBring: [],
      requiresLogin: false,
      capacity: 1,
    },
  ],
};

/** The first slot of an errand at the Town Hall: Tuesday 24 November 2026, 09:00 Copenhagen time (the day after CONTRACT_NOW). */
export const firstSlot = (errand: 'pas' | 'sundhedskort', time = '09:00'): string => `raadhus:${errand}:2026-11-24T${time}`;
