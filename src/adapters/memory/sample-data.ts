/**
 * "Eksempel Kommune": a fictional municipality with two Borgerservice offices, in Danish and
 * English. The demo, Storybook, the tests and the reference server (its default configuration)
 * all use it. Fees are the 2025 state fees in DKK.
 *
 * The phone number is fictional on purpose: Danish subscriber numbers never begin with 0 (the
 * 0x series is reserved in the national numbering plan), so `+45 01 23 45 67` rings nobody.
 */
import { localizeLocation, localizeService, type MunicipalityConfig, type OfficeConfig } from '../../core/municipality.js';
import type { IsoWeekday, Location, OpeningHours, Service } from '../../core/types.js';

export const SAMPLE_MUNICIPALITY = 'Eksempel Kommune';

export const CENTRUM_ID = 'centrum';
export const NORD_ID = 'nord';

/** The municipality's switchboard, in the reserved (never assigned) 0x series. */
export const SAMPLE_PHONE = '+45 01 23 45 67';

/** Open with a lunch break, the common shape of a Borgerservice day. */
const withLunch = (weekday: IsoWeekday, close: string): OpeningHours => ({
  weekday,
  intervals: [
    { open: '09:00', close: '12:00' },
    { open: '12:30', close },
  ],
});

const centrumHours: OpeningHours[] = [
  withLunch(1, '15:00'),
  withLunch(2, '15:00'),
  withLunch(3, '15:00'),
  // Late Thursday for citizens who work in the daytime.
  withLunch(4, '18:00'),
  withLunch(5, '13:30'),
];

const nordHours: OpeningHours[] = [
  { weekday: 1, intervals: [{ open: '10:00', close: '14:00' }] },
  { weekday: 2, intervals: [{ open: '10:00', close: '14:00' }] },
  { weekday: 3, intervals: [{ open: '10:00', close: '14:00' }] },
  { weekday: 4, intervals: [{ open: '10:00', close: '17:00' }] },
  { weekday: 5, intervals: [{ open: '10:00', close: '13:00' }] },
];

const offices: OfficeConfig[] = [
  {
    id: CENTRUM_ID,
    // A proper name: the same in both languages.
    name: { da: 'Borgerservice Centrum' },
    address: { street: 'Rådhuspladsen 1', postalCode: '8000', city: 'Eksempelby C' },
    openingHours: centrumHours,
    phone: SAMPLE_PHONE,
    // A check-in machine by the entrance scans the receipt's QR code.
    checkIn: 'kiosk',
    accessibilityNote: {
      da:
        'Niveaufri adgang fra Rådhuspladsen og elevator til 1. sal. Teleslynge ved skranke 1–4. ' +
        'Handicaptoilet i stueetagen. Handicapparkering i gården bag Rådhuset.',
      en:
        'Step-free access from Rådhuspladsen and a lift to the first floor. Hearing loop at counters 1–4. ' +
        'Accessible toilet on the ground floor. Disabled parking in the courtyard behind the town hall.',
    },
  },
  {
    id: NORD_ID,
    name: { da: 'Borgerservice Nord' },
    address: { street: 'Biblioteksvej 12', postalCode: '8200', city: 'Eksempelby N' },
    openingHours: nordHours,
    phone: SAMPLE_PHONE,
    // A small office: citizens tell the staff at the counter.
    checkIn: 'desk',
    accessibilityNote: {
      da:
        'I Nordbiblioteket. Niveaufri adgang via hovedindgangen og automatisk dør. Teleslynge ' +
        'ved skranken. Gratis parkering ved indgangen, også til handicapbiler.',
      en:
        'In the North Library. Step-free access through the main entrance with an automatic door. Hearing loop ' +
        'at the counter. Free parking at the entrance, also for disabled drivers.',
    },
  },
];

const PHOTO_CODE = {
  da: 'Digitalt pasfoto: kode fra en godkendt fotograf (eller få taget billedet hos os)',
  en: 'Digital passport photo: the code from an approved photographer (or have your photo taken here)',
};
const PHOTO_ID = { da: 'Billedlegitimation', en: 'Photo ID' };

/** The sample municipality as the reference server reads it from a configuration file. */
export const SAMPLE_CONFIG: MunicipalityConfig = {
  name: { da: SAMPLE_MUNICIPALITY },
  horizonDays: 120,
  offices,
  errands: [
    {
      id: 'pas-voksen',
      name: { da: 'Pas – nyt pas (voksen)', en: 'Passport – new passport (adult)' },
      category: 'pas',
      description: {
        da:
          'Første danske pas, eller nyt pas efter tab eller tyveri. Du skal møde personligt. ' +
          'Passet sendes til dig med posten inden for ca. 3 uger.',
        en:
          'Your first Danish passport, or a new one after loss or theft. You must come in person. ' +
          'The passport is sent to you by post within about 3 weeks.',
      },
      durationMinutes: 20,
      fee: 727,
      documentsToBring: [
        { da: 'Gyldig billedlegitimation, fx kørekort', en: 'Valid photo ID, such as a driving licence' },
        PHOTO_CODE,
        {
          da: 'Dåbs- eller navneattest, hvis du ikke har haft dansk pas før',
          en: 'Birth or naming certificate, if you have not had a Danish passport before',
        },
        {
          da: 'Politianmeldelse (journalnummer), hvis dit pas er stjålet',
          en: 'The police report (case number), if your passport was stolen',
        },
      ],
      requiresLogin: false,
      requiresCpr: true,
    },
    {
      id: 'pas-fornyelse',
      name: { da: 'Pas – fornyelse', en: 'Passport – renewal' },
      category: 'pas',
      description: {
        da:
          'Forny dit pas, når det udløber eller er udløbet. Du skal møde personligt, og det gamle ' +
          'pas bliver ugyldigt, når du søger.',
        en:
          'Renew your passport when it is about to expire or has expired. You must come in person, and ' +
          'your old passport becomes invalid when you apply.',
      },
      durationMinutes: 15,
      fee: 727,
      documentsToBring: [{ da: 'Dit nuværende pas', en: 'Your current passport' }, PHOTO_CODE],
      requiresLogin: false,
      requiresCpr: true,
    },
    {
      id: 'pas-barn',
      name: { da: 'Pas til barn (under 18 år)', en: 'Passport for a child (under 18)' },
      category: 'pas',
      description: {
        da:
          'Pas til børn under 18 år. Barnet skal være med, og alle med forældremyndighed skal ' +
          'give samtykke. Børnepas gælder i 5 år.',
        en:
          'Passports for children under 18. The child must come too, and everyone with parental ' +
          "responsibility must consent. A child's passport is valid for 5 years.",
      },
      durationMinutes: 20,
      fee: 166,
      documentsToBring: [
        { da: 'Barnets nuværende pas, hvis det har et', en: "The child's current passport, if they have one" },
        PHOTO_CODE,
        { da: 'Billedlegitimation for den forælder, der møder op', en: 'Photo ID for the parent who comes along' },
        {
          da: 'Underskrevet samtykkeerklæring fra den anden forældremyndighedsindehaver',
          en: 'A signed consent form from the other parent with parental responsibility',
        },
      ],
      requiresLogin: false,
      requiresCpr: true,
    },
    {
      id: 'koerekort-fornyelse',
      name: { da: 'Kørekort – fornyelse', en: 'Driving licence – renewal' },
      category: 'koerekort',
      description: {
        da: 'Forny dit kørekort, når det udløber, eller få et nyt efter bortkomst. Kun i Borgerservice Centrum.',
        en: 'Renew your driving licence when it expires, or get a new one if you have lost it. Only at Borgerservice Centrum.',
      },
      durationMinutes: 15,
      fee: 300,
      documentsToBring: [
        { da: 'Dit nuværende kørekort', en: 'Your current driving licence' },
        PHOTO_CODE,
        {
          da: 'Lægeerklæring, hvis dit kørekort er tidsbegrænset af helbredsgrunde',
          en: "A doctor's certificate, if your licence is time-limited for health reasons",
        },
      ],
      requiresLogin: false,
      requiresCpr: true,
      locationIds: [CENTRUM_ID],
    },
    {
      id: 'flytning',
      name: { da: 'Flytning – hjælp til at anmelde flytning', en: 'Moving – help to report your new address' },
      category: 'flytning',
      description: {
        da:
          'Vi hjælper dig med at anmelde flytning på borger.dk, hvis du ikke kan gøre det selv. ' +
          'Du skal anmelde flytning senest 5 dage efter, at du er flyttet.',
        en:
          'We help you report your move on borger.dk if you cannot do it yourself. ' +
          'You must report it no later than 5 days after you have moved.',
      },
      durationMinutes: 15,
      documentsToBring: [
        PHOTO_ID,
        { da: 'Din nye adresse og flyttedato', en: 'Your new address and the date you move' },
        { da: 'Lejekontrakt eller skøde, hvis du har det', en: 'Your tenancy agreement or title deed, if you have it' },
      ],
      requiresLogin: false,
    },
    {
      id: 'navneaendring',
      name: { da: 'Navneændring', en: 'Change of name' },
      category: 'navn',
      description: {
        da: 'Hjælp til at søge om navneændring, fx nyt efternavn efter vielse. Gebyret betales, når ansøgningen sendes.',
        en: 'Help to apply for a change of name, such as a new surname after marriage. The fee is paid when the application is sent.',
      },
      durationMinutes: 30,
      documentsToBring: [
        PHOTO_ID,
        {
          da: 'Dokumentation for navnet, fx vielsesattest, hvis du har den',
          en: 'Documentation for the name, such as a marriage certificate, if you have it',
        },
      ],
      requiresLogin: true,
      locationIds: [CENTRUM_ID],
    },
    {
      id: 'mitid',
      name: { da: 'MitID – oprettelse og hjælp', en: 'MitID – set-up and help' },
      category: 'mitid',
      description: {
        da:
          'Få oprettet MitID, eller få hjælp, hvis du har glemt dit brugernavn, har mistet din ' +
          'MitID-app eller skal have en kodeviser.',
        en: 'Get MitID set up, or get help if you have forgotten your user ID, lost your MitID app ' + 'or need a code display.',
      },
      durationMinutes: 20,
      documentsToBring: [
        {
          da: 'Gyldigt pas eller kørekort (ellers to andre dokumenter med dit navn og CPR-nummer)',
          en: 'A valid passport or driving licence (otherwise two other documents with your name and CPR number)',
        },
        { da: 'Din mobiltelefon, hvis du vil bruge MitID-appen', en: 'Your mobile phone, if you want to use the MitID app' },
      ],
      requiresLogin: false,
    },
    {
      id: 'sundhedskort',
      name: { da: 'Sundhedskort – nyt eller genudstedt', en: 'Health card – new or replacement' },
      category: 'sundhedskort',
      description: {
        da:
          'Bestil nyt sundhedskort (det gule kort) efter bortkomst, eller få hjælp til at skifte ' +
          'læge. Et erstatningskort koster 205 kr.; nye kort efter flytning er gratis.',
        en:
          'Order a new health insurance card (the yellow card) if you have lost yours, or get help to change ' +
          'your doctor. A replacement card costs DKK 205; new cards after a move are free.',
      },
      durationMinutes: 10,
      fee: 205,
      documentsToBring: [PHOTO_ID],
      requiresLogin: false,
      requiresCpr: true,
    },
  ],
};

/** The offices in Danish, as the contract's `Location`. */
export const SAMPLE_LOCATIONS: Location[] = SAMPLE_CONFIG.offices.map((office) => localizeLocation(office, 'da'));

/** The errands in Danish, as the contract's `Service`. */
export const SAMPLE_SERVICES: Service[] = SAMPLE_CONFIG.errands.map((errand) => localizeService(errand, 'da'));
