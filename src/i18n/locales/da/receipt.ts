export default {
  heading: 'Din tid er bestilt',
  headingMoved: 'Din tid er flyttet',
  headingCancelled: 'Din tid er aflyst',
  intro: 'Gem bestillingsnummeret. Du kan tilføje tiden til din kalender eller udskrive kvitteringen.',
  referenceLabel: 'Bestillingsnummer',
  copy: 'Kopiér',
  copyLabel: 'Kopiér bestillingsnummeret',
  copied: 'Bestillingsnummeret er kopieret.',
  copyFailed: 'Bestillingsnummeret kunne ikke kopieres. Skriv det ned i stedet.',
  service: 'Ærinde',
  bookedFor: 'Tiden er til',
  date: 'Dato',
  time: 'Tid',
  timeRange: '{{start}}–{{end}}',
  place: 'Sted',
  accessibility: 'Tilgængelighed',
  price: 'Pris',
  documentsHeading: 'Det skal du medbringe',
  documentsHint: 'Sæt flueben, efterhånden som du finder tingene frem. Fluebenene bliver ikke gemt.',
  documentsNone: 'Du skal ikke medbringe noget særligt.',
  arrivalHeading: 'Når du kommer',
  /** At an office with a check-in machine (`checkIn: kiosk`). */
  arrival:
    'Scan QR-koden i automaten ved indgangen, eller tast dit bestillingsnummer. Så ved vi, at du er kommet. Kom gerne 5 minutter før din tid.',
  /** A booking the backend said yes to, without a usable booking number (flow's receipt). */
  noReference: 'Din tid er bestilt, men vi fik ikke et bestillingsnummer.',
  /** Followed by the office's phone as a link, and ".". */
  noReferenceCall: 'Ring til {{location}} på',
  noReferenceContact: 'Kontakt {{location}}, så kan de finde din tid.',
  /** Arrival without a QR code (a reference too long for one). */
  arrivalNoQr:
    'Tast dit bestillingsnummer i automaten ved indgangen. Så ved vi, at du er kommet. Kom gerne 5 minutter før din tid.',
  arrivalNoReference: 'Sig til i skranken, når du kommer. Kom gerne 5 minutter før din tid.',
  /** At an office where citizens tell the staff (`checkIn: desk`). */
  arrivalDesk: 'Sig dit bestillingsnummer i skranken, når du kommer. Kom gerne 5 minutter før din tid.',
  /** When the backend does not say how citizens check in: words that fit a machine and a desk. */
  arrivalAny: 'Vis QR-koden, eller sig dit bestillingsnummer, når du kommer. Kom gerne 5 minutter før din tid.',
  arrivalAnyNoQr: 'Hav dit bestillingsnummer klar, når du kommer. Kom gerne 5 minutter før din tid.',
  qrLabel: 'QR-kode med bestillingsnummer {{reference}}',
  manageHeading: 'Ændr eller aflys',
  manageLink: 'Ændr eller aflys din tid',
  managePhone: 'Ring til {{location}} på',
  manageContact: 'Kontakt {{location}}, hvis du vil ændre eller aflyse din tid.',
  actionsLabel: 'Gem kvitteringen',
  addToCalendar: 'Tilføj til kalender',
  print: 'Udskriv',
  /** Texts inside the calendar file (.ics) the citizen adds to their calendar. */
  ics: {
    reference: 'Bestillingsnummer',
    documents: 'Det skal du medbringe:',
    noDocuments: 'Du skal ikke medbringe noget særligt.',
    fee: 'Gebyr: {{amount}} kr.',
    free: 'Gebyr: Gratis',
    arrival:
      'Når du kommer: Scan QR-koden på din kvittering i automaten ved indgangen, eller tast dit bestillingsnummer. Kom gerne 5 minutter før.',
    arrivalDesk: 'Når du kommer: Sig dit bestillingsnummer i skranken. Kom gerne 5 minutter før.',
    arrivalAny: 'Når du kommer: Vis QR-koden på din kvittering, eller sig dit bestillingsnummer. Kom gerne 5 minutter før.',
    manage: 'Ændr eller aflys din tid: {{url}}',
    phone: 'Ændr eller aflys din tid: Ring til {{location}} på {{phone}}.',
    reminder: 'Påmindelse: {{service}} hos {{location}} om en time',
  },
};
