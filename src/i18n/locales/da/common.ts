export default {
  widgetName: 'Tidsbestilling',
  loading: 'Henter …',
  retry: 'Prøv igen',
  close: 'Luk',
  back: 'Tilbage',
  next: 'Næste',
  cancel: 'Annuller',
  minutes_one: '{{count}} minut',
  minutes_other: '{{count}} minutter',
  fee: '{{amount}} kr.',
  free: 'Gratis',
  errors: {
    'slot-taken': 'Tiden er desværre lige blevet optaget af en anden. Vælg en anden tid.',
    'auth-required': 'Du skal logge ind for at fortsætte.',
    validation: 'Nogle oplysninger er ikke udfyldt korrekt. Ret dem og prøv igen.',
    'not-found': 'Vi kunne ikke finde det, du leder efter. Prøv igen, eller vælg noget andet.',
    'rate-limited': 'Der er mange, der bestiller lige nu. Vent et øjeblik, og prøv igen.',
    'rate-limited-seconds_one': 'Der er mange, der bestiller lige nu. Prøv igen om {{count}} sekund.',
    'rate-limited-seconds_other': 'Der er mange, der bestiller lige nu. Prøv igen om {{count}} sekunder.',
    /** The device is offline (a backend that does not answer is `unavailable`). */
    network: 'Du er ikke på internettet lige nu. Tjek din forbindelse, og prøv igen.',
    timeout: 'Bestillingssystemet svarer ikke lige nu. Prøv igen om lidt.',
    unavailable: 'Bestillingssystemet kan ikke nås lige nu. Prøv igen om lidt.',
    'invalid-response': 'Bestillingssystemet svarede med noget, vi ikke kunne læse. Prøv igen om lidt.',
    unknown: 'Noget gik galt. Prøv igen.',
    /** Added after the messages above when the element knows a phone number (the office's, else the municipality's). */
    ringInstead: 'Du kan også ringe til Borgerservice på {{phone}}.',
  },
  /** Shown where the element stands when its "api" attribute is not a usable address. */
  apiInvalid: {
    title: 'Tidsbestillingen kan ikke vises',
    body: 'Der er en fejl i opsætningen af tidsbestillingen på denne side. Prøv igen senere, eller kontakt Borgerservice.',
    /** For the webmaster, who sees it while setting the page up. */
    developer:
      '"api" er ikke en gyldig adresse ("{{api}}"). Sæt den til adressen på API’et til tidsbestilling, fx https://booking.kommune.dk/api. Konsollen siger hvorfor.',
  },
  /** The disclosure that holds a configuration error's instruction for the webmaster. */
  forWebmaster: 'Til webmasteren',
};
