/** Texts for <bt-slot-calendar>. Danish is the source of truth; English must match its shape. */
export default {
  previousMonth: 'Forrige måned, {{month}}',
  nextMonth: 'Næste måned, {{month}}',
  /** A day button's accessible name, by the day's state. `date` is e.g. "tirsdag 1. december 2026". */
  day: {
    available_one: '{{date}}, {{count}} ledig tid',
    available_other: '{{date}}, {{count}} ledige tider',
    closed: '{{date}}, lukket: {{reason}}',
    closedNoReason: '{{date}}, lukket',
    full: '{{date}}, alt er optaget',
    none: '{{date}}, ingen ledige tider',
    past: '{{date}}, dato passeret',
    loading: '{{date}}, henter ledige tider',
    unknown: '{{date}}, ledige tider kunne ikke hentes',
    /** The day of the citizen's current time, when they move it: the day's name above, then this. */
    current: '{{label}}, din nuværende tid',
  },
  /** Announced once a month has loaded. */
  monthSummary_zero: '{{month}}: ingen ledige tider',
  monthSummary_one: '{{month}}: {{count}} ledig tid',
  monthSummary_other: '{{month}}: {{count}} ledige tider',
  loadingMonth: 'Henter ledige tider for {{month}} …',
  emptyMonth: 'Der er ingen ledige tider i {{month}}.',
  emptyMonthHint: 'Prøv næste måned, eller find den første ledige tid.',
  showNextMonth: 'Næste måned',
  legendLabel: 'Forklaring til kalenderen',
  /** Next to a small day with a number in it: what the number under each date means. */
  legendCount: 'Ledige tider – tallet viser, hvor mange',
  legendFull: 'Alt optaget',
  legendNone: 'Ingen ledige tider',
  legendClosed: 'Lukket',
  legendCurrent: 'Din nuværende tid',
  timesHeading: 'Ledige tider {{date}}',
  timesCount_zero: 'Ingen ledige tider denne dag.',
  timesCount_one: '{{count}} ledig tid',
  timesCount_other: '{{count}} ledige tider',
  partOfDay: {
    morning: 'Formiddag',
    afternoon: 'Eftermiddag',
    evening: 'Aften',
  },
  /** A time button's accessible name: the date and the clock time. */
  timeLabel: '{{date}} kl. {{time}}',
  /** The citizen's current time in its day's list (not a time to choose), e.g. "10.00 – din nuværende tid". */
  currentTime: '{{time}} – din nuværende tid',
  chooseAnotherDay: 'Vælg en anden dag',
  firstAvailable: 'Første ledige tid',
  searching: 'Søger efter første ledige tid …',
  firstAvailableFound: 'Første ledige tid: {{date}} kl. {{time}}',
  noneWithin_one: 'Der er ingen ledige tider den næste måned.',
  noneWithin_other: 'Der er ingen ledige tider de næste {{count}} måneder.',
  chooseDate: 'Vælg dato',
  chosenDate: 'Valgt dato:',
  changeDate: 'skift dato',
  dialogLabel: 'Vælg dato',
  notConfigured:
    'Kalenderen kan ikke vise ledige tider, fordi den ikke er sat op (der mangler bestillingssystem, ydelse eller sted).',
};
