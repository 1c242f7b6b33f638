/** Texts for <bt-booking>. Danish is the source of truth; English must match its shape. */
export default {
  /** The region's name, and the popup dialog's title. */
  title: 'Bestil tid hos Borgerservice',
  openButton: 'Bestil tid',
  stepsLabel: 'Trin i bestillingen',
  /** The collapsed step indicator on narrow screens. */
  stepOf: 'Trin {{current}} af {{total}}: {{label}}',
  stepDone: 'udfyldt',
  steps: {
    service: 'Ærinde og sted',
    time: 'Dag og tid',
    signin: 'Log ind',
    details: 'Dine oplysninger',
    summary: 'Tjek dine svar',
  },
  headings: {
    service: 'Vælg ærinde og sted',
    time: 'Vælg dag og tid',
    signin: 'Log ind med MitID',
    details: 'Dine oplysninger',
    summary: 'Tjek dine svar',
    receipt: 'Din tid er bestilt',
  },
  chosen: {
    service: 'Du har valgt {{service}}, {{location}}.',
    time: 'Din tid: {{time}}.',
  },
  notConfigured: {
    title: 'Tidsbestillingen er ikke sat op',
    body: 'Du kan ikke bestille tid her endnu, fordi forbindelsen til bestillingssystemet mangler. Prøv igen senere, eller kontakt Borgerservice.',
    /** For the webmaster; names the attribute to set. */
    developer:
      'Sæt attributten "api" til adressen på API’et til tidsbestilling (fx <bt-booking api="https://…">), eller sæt egenskaben "adapter" fra JavaScript.',
  },
  preselectLoading: 'Henter ærinde og sted …',
  signIn: {
    intro:
      '{{service}} kræver, at du logger ind med MitID, før du kan bestille tid. Så henter vi dit navn og CPR-nummer, og du skal ikke skrive dem.',
    button: 'Log ind med MitID',
    busy: 'Logger ind …',
    signedInAs: 'Du er logget ind som {{name}}.',
    signOut: 'Log ud',
    signingOut: 'Logger ud …',
    signedOut: 'Du er logget ud. Log ind igen for at bestille tiden.',
    notSignedIn: 'Du blev ikke logget ind. Prøv igen.',
    unavailable:
      '{{service}} kræver log ind med MitID, men log ind er ikke muligt her. Du kan ikke bestille tid til dette ærinde online. Kontakt Borgerservice, eller vælg et andet ærinde.',
  },
  hold: {
    countdown: 'Vi holder tiden til dig i {{time}}',
    countdownLabel: 'Vi holder tiden til dig i {{minutes}} minutter og {{seconds}} sekunder',
    holding: 'Reserverer tiden …',
    /** Announced at a few thresholds only. */
    minutesLeft_one: 'Vi holder tiden til dig i {{count}} minut endnu.',
    minutesLeft_other: 'Vi holder tiden til dig i {{count}} minutter endnu.',
    secondsLeft_one: 'Vi holder tiden til dig i {{count}} sekund endnu.',
    secondsLeft_other: 'Vi holder tiden til dig i {{count}} sekunder endnu.',
    expired:
      'Tiden er ikke længere reserveret til dig, fordi der er gået for lang tid. Dine oplysninger er gemt her på siden. Når du bekræfter, prøver vi at reservere tiden igen.',
    rehold: 'Reserver tiden igen',
    reheld: 'Tiden er reserveret til dig igen.',
  },
  slotTaken:
    'Tiden er desværre lige blevet optaget af en anden. Vælg en anden tid samme dag eller en anden dag. Dine oplysninger er gemt.',
  slotTakenAfterExpiry:
    'Tiden er ikke længere reserveret til dig, og en anden har nu taget den. Vælg en anden tid. Dine oplysninger er gemt.',
  validation: 'Bestillingssystemet kunne ikke godkende nogle af dine oplysninger. Ret dem, der er markeret, og fortsæt.',
  summary: {
    intro: 'Se dine svar igennem, før du bekræfter. Du kan rette dem her.',
    service: 'Ærinde',
    location: 'Sted',
    time: 'Tid',
    duration: 'Varighed',
    fee: 'Pris',
    name: 'Navn',
    cpr: 'CPR-nummer',
    email: 'E-mail',
    phone: 'Telefon',
    sms: 'Påmindelse på sms',
    smsYes: 'Ja',
    smsNo: 'Nej',
    onBehalfOf: 'Tiden er til',
    relationChild: '{{name}} (barn)',
    relationAdult: '{{name}} (voksen)',
    needs: 'Særlige behov',
    interpreter: 'Tolk: {{language}}',
    stepFree: 'Niveaufri adgang',
    none: 'Ingen',
    notGiven: 'Ikke oplyst',
    cprHidden: '(de sidste fire cifre er skjult)',
    fromMitId: 'fra MitID',
    change: 'Ret',
    confirm: 'Bekræft og bestil tiden',
    booking: 'Bestiller …',
    bookingStatus: 'Vi bestiller din tid. Vent et øjeblik.',
    retry: 'Prøv at bestille igen',
    retryNote: 'Intet er gået tabt. Hvis bestillingen nåede frem første gang, bliver den ikke lavet to gange.',
  },
  stepUnavailable: 'Vi kunne ikke hente denne del af bestillingen. Prøv igen om lidt. Intet af det, du har valgt, er gået tabt.',
  receiptUnavailable: {
    what: '{{service}} hos {{location}}.',
    reference: 'Bestillingsnummer: {{reference}}.',
    body: 'Kvitteringen kunne ikke hentes. Skriv bestillingsnummeret ned, eller prøv igen om lidt.',
    manage: 'Ændr eller aflys din tid',
  },
  receipt: {
    another: 'Bestil en tid mere',
  },
  popup: {
    close: 'Luk',
    confirmTitle: 'Vil du lukke bestillingen?',
    confirmBody:
      'Din tid er ikke bestilt endnu. Hvis du lukker, bliver den tid, du har valgt, givet fri, og det, du har skrevet, bliver slettet.',
    confirmLeave: 'Ja, luk bestillingen',
    confirmStay: 'Nej, fortsæt bestillingen',
  },
};
