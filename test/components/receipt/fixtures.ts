import type { Appointment, Location, Service } from '../../../src/core/types.js';

export const passport: Service = {
  id: 'pas',
  name: 'Pas',
  category: 'pas',
  description: 'Nyt pas eller fornyelse af pas.',
  durationMinutes: 15,
  fee: 627,
  documentsToBring: ['Dit gamle pas', 'Billedlegitimation, fx kørekort', 'Pasfoto, hvis du har et'],
  requiresLogin: false,
};

export const norrebro: Location = {
  id: 'norrebro',
  name: 'Borgerservice Nørrebro',
  address: { street: 'Nørrebrogade 208', postalCode: '2200', city: 'København N' },
  openingHours: [{ weekday: 2, intervals: [{ open: '09:00', close: '17:00' }] }],
  phone: '33 66 33 66',
  accessibilityNote: 'Niveaufri adgang fra Nørrebrogade. Handicaptoilet i stueetagen.',
  checkIn: 'kiosk',
};

/** Tuesday 1 December 2026, 10.15–10.30 Copenhagen time (winter, UTC+1). */
export const appointment: Appointment = {
  reference: 'BT-7K3Q9M',
  status: 'booked',
  service: passport,
  location: norrebro,
  start: '2026-12-01T10:15:00+01:00',
  end: '2026-12-01T10:30:00+01:00',
  token: 'tok_3f9a2c',
  citizenName: 'Anna Jensen',
};

/** A free errand with nothing to bring, at a place without a phone number. */
export const freeErrand: Appointment = {
  ...appointment,
  reference: 'BT-FREE01',
  service: { ...passport, id: 'flytning', name: 'Flytning', category: 'flytning', fee: undefined, documentsToBring: [] },
  location: { ...norrebro, phone: undefined, accessibilityNote: undefined },
  citizenName: undefined,
};

export const MANAGE_URL = 'https://borger.example.dk/tidsbestilling/aendre?token=tok_3f9a2c';
