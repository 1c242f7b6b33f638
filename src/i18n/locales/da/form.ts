/**
 * Texts of <bt-contact-form>. Error messages follow GOV.UK's style: say what to do, with an
 * example of the right form. `errors.<field path>.<reason>` matches the reason codes of
 * core/validation and the field paths of a BookingError's `fields`.
 */
export default {
  yourDetails: 'Dine oplysninger',
  optional: '(valgfrit)',
  fromMitId: 'Fra MitID',
  errorPrefix: 'Fejl:',
  summaryTitle: 'Der er et problem',
  submit: 'Fortsæt',
  name: {
    label: 'Fulde navn',
  },
  cpr: {
    label: 'CPR-nummer',
    hint: 'Vi skal bruge dit CPR-nummer til denne sag. 10 cifre, fx 010190-1234.',
    show: 'Vis CPR-nummer',
  },
  contact: {
    legend: 'Hvordan kan vi kontakte dig?',
    hint: 'Vi sender en bekræftelse på din tid. Udfyld e-mail, mobilnummer eller begge.',
    hint_landline: 'Så vi kan kontakte dig om din tid. Udfyld e-mail, telefonnummer eller begge.',
  },
  email: {
    label: 'E-mail',
  },
  phone: {
    label: 'Mobilnummer',
    label_landline: 'Telefonnummer',
    hint: '8 cifre, fx 12345678',
  },
  sms: {
    label: 'Send mig en påmindelse på sms',
    hint: 'Kræver et mobilnummer.',
  },
  someoneElse: {
    label: 'Jeg bestiller for en anden',
    legend: 'Personen, du bestiller for',
    relationLegend: 'Hvem er personen?',
    child: 'Mit barn under 18 år',
    adult: 'En anden voksen',
    name: 'Personens fulde navn',
    cpr: 'Personens CPR-nummer',
    cprHint: '10 cifre, fx 010190-1234.',
    showCpr: 'Vis personens CPR-nummer',
  },
  needs: {
    legend: 'Behov under besøget',
    hint: 'Fortæl os, hvis vi skal forberede noget til dit besøg.',
    interpreter: 'Jeg har brug for en tolk',
    language: 'Hvilket sprog skal tolken tale?',
    languageHint: 'Fx arabisk, tyrkisk eller dansk tegnsprog',
    stepFree: 'Jeg har brug for niveaufri adgang, fx fordi jeg bruger kørestol',
    other: 'Andet, vi skal vide',
    remaining_one: 'Du har {{count}} tegn tilbage',
    remaining_other: 'Du har {{count}} tegn tilbage',
    over_one: 'Du har {{count}} tegn for meget',
    over_other: 'Du har {{count}} tegn for meget',
  },
  privacy: {
    text: 'Vi bruger dine oplysninger til at bekræfte og påminde dig om din tid. De slettes igen, når de ikke længere skal bruges.',
    link: 'Læs mere om, hvordan vi behandler dine oplysninger',
    newWindow: '(åbner i et nyt vindue)',
  },
  errors: {
    generic: 'Tjek feltet »{{field}}«',
    other: 'Nogle oplysninger er ikke udfyldt korrekt. Ret dem, og prøv igen.',
    citizen: {
      name: {
        required: 'Indtast dit fulde navn',
        invalid: 'Tjek, at du har skrevet dit fulde navn rigtigt',
      },
      cpr: {
        required: 'Indtast dit CPR-nummer',
        format: 'Indtast dit CPR-nummer med 10 cifre, fx 010190-1234',
        date: 'De første 6 cifre i CPR-nummeret skal være en rigtig fødselsdato (ddmmåå), fx 010190-1234',
        future: 'CPR-nummerets fødselsdato kan ikke ligge i fremtiden. Tjek de første 6 cifre',
        invalid: 'Tjek, at du har skrevet dit CPR-nummer rigtigt, fx 010190-1234',
      },
      contact: {
        required: 'Indtast en e-mailadresse eller et mobilnummer, så vi kan sende dig en bekræftelse',
        required_landline: 'Indtast en e-mailadresse eller et telefonnummer, så vi kan kontakte dig',
      },
      email: {
        required: 'Indtast din e-mailadresse, fx navn@eksempel.dk',
        format: 'Indtast en e-mailadresse, fx navn@eksempel.dk',
        invalid: 'Indtast en e-mailadresse, fx navn@eksempel.dk',
      },
      phone: {
        required: 'Indtast dit mobilnummer, fx 12345678',
        required_landline: 'Indtast dit telefonnummer, fx 12345678',
        sms: 'Indtast dit mobilnummer, så vi kan sende påmindelsen på sms',
        format: 'Indtast et dansk telefonnummer, fx 12345678 eller +45 12 34 56 78',
        'danish-length': 'Et dansk telefonnummer har 8 cifre. Indtast det fx som 12345678 eller +45 12 34 56 78',
        invalid: 'Indtast et dansk telefonnummer, fx 12345678 eller +45 12 34 56 78',
      },
    },
    onBehalfOf: {
      relation: {
        required: 'Vælg, om du bestiller for dit barn eller for en anden voksen',
      },
      name: {
        required: 'Indtast det fulde navn på den, du bestiller for',
        invalid: 'Tjek, at du har skrevet personens fulde navn rigtigt',
      },
      cpr: {
        required: 'Indtast CPR-nummeret på den, du bestiller for',
        format: 'Indtast personens CPR-nummer med 10 cifre, fx 010190-1234',
        date: 'De første 6 cifre i personens CPR-nummer skal være en rigtig fødselsdato (ddmmåå), fx 010190-1234',
        future: 'Personens fødselsdato kan ikke ligge i fremtiden. Tjek de første 6 cifre i CPR-nummeret',
        invalid: 'Tjek, at du har skrevet personens CPR-nummer rigtigt, fx 010190-1234',
      },
    },
    needs: {
      interpreter: {
        required: 'Skriv, hvilket sprog du har brug for en tolk til, fx arabisk',
      },
      other: {
        'too-long': 'Skriv højst 500 tegn',
      },
    },
  },
};
