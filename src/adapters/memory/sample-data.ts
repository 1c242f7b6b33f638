/**
 * "Eksempel Kommune": a fictional municipality with two Borgerservice offices, used by the
 * demo, Storybook and tests. Fees are the 2025 state fees in DKK.
 */
import type { Location, OpeningHours, Service } from '../../core/types.js';

export const SAMPLE_MUNICIPALITY = 'Eksempel Kommune';

export const CENTRUM_ID = 'centrum';
export const NORD_ID = 'nord';

const centrumHours: OpeningHours[] = [
  {
    weekday: 1,
    intervals: [
      { open: '09:00', close: '12:00' },
      { open: '12:30', close: '15:00' },
    ],
  },
  {
    weekday: 2,
    intervals: [
      { open: '09:00', close: '12:00' },
      { open: '12:30', close: '15:00' },
    ],
  },
  {
    weekday: 3,
    intervals: [
      { open: '09:00', close: '12:00' },
      { open: '12:30', close: '15:00' },
    ],
  },
  // Late Thursday for citizens who work in the daytime.
  {
    weekday: 4,
    intervals: [
      { open: '09:00', close: '12:00' },
      { open: '12:30', close: '18:00' },
    ],
  },
  {
    weekday: 5,
    intervals: [
      { open: '09:00', close: '12:00' },
      { open: '12:30', close: '13:30' },
    ],
  },
];

const nordHours: OpeningHours[] = [
  { weekday: 1, intervals: [{ open: '10:00', close: '14:00' }] },
  { weekday: 2, intervals: [{ open: '10:00', close: '14:00' }] },
  { weekday: 3, intervals: [{ open: '10:00', close: '14:00' }] },
  { weekday: 4, intervals: [{ open: '10:00', close: '17:00' }] },
  { weekday: 5, intervals: [{ open: '10:00', close: '13:00' }] },
];

export const SAMPLE_LOCATIONS: Location[] = [
  {
    id: CENTRUM_ID,
    name: 'Borgerservice Centrum',
    address: { street: 'Rådhuspladsen 1', postalCode: '8000', city: 'Eksempelby C' },
    openingHours: centrumHours,
    phone: '+45 89 40 20 00',
    accessibilityNote:
      'Niveaufri adgang fra Rådhuspladsen og elevator til 1. sal. Teleslynge ved skranke 1–4. ' +
      'Handicaptoilet i stueetagen. Handicapparkering i gården bag Rådhuset.',
  },
  {
    id: NORD_ID,
    name: 'Borgerservice Nord',
    address: { street: 'Biblioteksvej 12', postalCode: '8200', city: 'Eksempelby N' },
    openingHours: nordHours,
    phone: '+45 89 40 20 00',
    accessibilityNote:
      'I Nordbiblioteket. Niveaufri adgang via hovedindgangen og automatisk dør. Teleslynge ' +
      'ved skranken. Gratis parkering ved indgangen, også til handicapbiler.',
  },
];

const PHOTO_CODE = 'Digitalt pasfoto: kode fra en godkendt fotograf (eller få taget billedet hos os)';

export const SAMPLE_SERVICES: Service[] = [
  {
    id: 'pas-voksen',
    name: 'Pas – nyt pas (voksen)',
    category: 'pas',
    description:
      'Første danske pas, eller nyt pas efter tab eller tyveri. Du skal møde personligt. ' +
      'Passet sendes til dig med posten inden for ca. 3 uger.',
    durationMinutes: 20,
    fee: 727,
    documentsToBring: [
      'Gyldig billedlegitimation, fx kørekort',
      PHOTO_CODE,
      'Dåbs- eller navneattest, hvis du ikke har haft dansk pas før',
      'Politianmeldelse (journalnummer), hvis dit pas er stjålet',
    ],
    requiresLogin: false,
    requiresCpr: true,
  },
  {
    id: 'pas-fornyelse',
    name: 'Pas – fornyelse',
    category: 'pas',
    description:
      'Forny dit pas, når det udløber eller er udløbet. Du skal møde personligt, og det gamle ' +
      'pas bliver ugyldigt, når du søger.',
    durationMinutes: 15,
    fee: 727,
    documentsToBring: ['Dit nuværende pas', PHOTO_CODE],
    requiresLogin: false,
    requiresCpr: true,
  },
  {
    id: 'pas-barn',
    name: 'Pas til barn (under 18 år)',
    category: 'pas',
    description:
      'Pas til børn under 18 år. Barnet skal være med, og alle med forældremyndighed skal ' +
      'give samtykke. Børnepas gælder i 5 år.',
    durationMinutes: 20,
    fee: 166,
    documentsToBring: [
      'Barnets nuværende pas, hvis det har et',
      PHOTO_CODE,
      'Billedlegitimation for den forælder, der møder op',
      'Underskrevet samtykkeerklæring fra den anden forældremyndighedsindehaver',
    ],
    requiresLogin: false,
    requiresCpr: true,
  },
  {
    id: 'koerekort-fornyelse',
    name: 'Kørekort – fornyelse',
    category: 'koerekort',
    description: 'Forny dit kørekort, når det udløber, eller få et nyt efter bortkomst. Kun i ' + 'Borgerservice Centrum.',
    durationMinutes: 15,
    fee: 300,
    documentsToBring: [
      'Dit nuværende kørekort',
      PHOTO_CODE,
      'Lægeerklæring, hvis dit kørekort er tidsbegrænset af helbredsgrunde',
    ],
    requiresLogin: false,
    requiresCpr: true,
    locationIds: [CENTRUM_ID],
  },
  {
    id: 'flytning',
    name: 'Flytning – hjælp til at anmelde flytning',
    category: 'flytning',
    description:
      'Vi hjælper dig med at anmelde flytning på borger.dk, hvis du ikke kan gøre det selv. ' +
      'Du skal anmelde flytning senest 5 dage efter, at du er flyttet.',
    durationMinutes: 15,
    documentsToBring: ['Billedlegitimation', 'Din nye adresse og flyttedato', 'Lejekontrakt eller skøde, hvis du har det'],
    requiresLogin: false,
  },
  {
    id: 'navneaendring',
    name: 'Navneændring',
    category: 'navn',
    description:
      'Hjælp til at søge om navneændring, fx nyt efternavn efter vielse. Gebyret betales, ' + 'når ansøgningen sendes.',
    durationMinutes: 30,
    documentsToBring: ['Billedlegitimation', 'Dokumentation for navnet, fx vielsesattest, hvis du har den'],
    requiresLogin: true,
    locationIds: [CENTRUM_ID],
  },
  {
    id: 'mitid',
    name: 'MitID – oprettelse og hjælp',
    category: 'mitid',
    description:
      'Få oprettet MitID, eller få hjælp, hvis du har glemt dit brugernavn, har mistet din ' +
      'MitID-app eller skal have en kodeviser.',
    durationMinutes: 20,
    documentsToBring: [
      'Gyldigt pas eller kørekort (ellers to andre dokumenter med dit navn og CPR-nummer)',
      'Din mobiltelefon, hvis du vil bruge MitID-appen',
    ],
    requiresLogin: false,
  },
  {
    id: 'sundhedskort',
    name: 'Sundhedskort – nyt eller genudstedt',
    category: 'sundhedskort',
    description:
      'Bestil nyt sundhedskort (det gule kort) efter bortkomst, eller få hjælp til at skifte ' +
      'læge. Et erstatningskort koster 205 kr.; nye kort efter flytning er gratis.',
    durationMinutes: 10,
    fee: 205,
    documentsToBring: ['Billedlegitimation'],
    requiresLogin: false,
    requiresCpr: true,
  },
];
