import type { Messages } from '../../messages.js';
import type da from '../da/booking.js';

export default {
  title: 'Book an appointment at Borgerservice',
  openButton: 'Book an appointment',
  stepsLabel: 'Booking steps',
  stepOf: 'Step {{current}} of {{total}}: {{label}}',
  stepDone: 'completed',
  steps: {
    service: 'Errand and place',
    time: 'Day and time',
    signin: 'Sign in',
    details: 'Your details',
    summary: 'Check your answers',
  },
  headings: {
    service: 'Choose an errand and place',
    time: 'Choose a day and time',
    signin: 'Sign in with MitID',
    details: 'Your details',
    summary: 'Check your answers',
    receipt: 'Your appointment is booked',
  },
  chosen: {
    service: 'You chose {{service}}, {{location}}.',
    time: 'Your time: {{time}}.',
  },
  notConfigured: {
    title: 'Appointment booking is not set up',
    body: 'Booking an appointment does not work yet because the connection to the booking system is missing. Try again later, or contact Borgerservice.',
    developer:
      'For the webmaster: set the "api" attribute to the booking API’s address (e.g. <bt-booking api="https://…">), or set the "adapter" property from JavaScript.',
  },
  preselectLoading: 'Loading errand and place …',
  signIn: {
    intro:
      '{{service}} requires you to sign in with MitID before you can book. We then fill in your name and CPR number, so you don’t have to type them.',
    button: 'Sign in with MitID',
    busy: 'Signing in …',
    signedInAs: 'You are signed in as {{name}}.',
    signOut: 'Sign out',
    signingOut: 'Signing out …',
    signedOut: 'You are signed out. Sign in again to book the appointment.',
    notSignedIn: 'You were not signed in. Please try again.',
    unavailable:
      '{{service}} requires signing in with MitID, but signing in is not possible here. You cannot book this errand online. Contact Borgerservice, or choose another errand.',
  },
  hold: {
    countdown: 'We are holding the time for you for {{time}}',
    countdownLabel: 'We are holding the time for you for {{minutes}} minutes and {{seconds}} seconds',
    holding: 'Reserving the time …',
    minutesLeft_one: 'We will hold the time for you for {{count}} more minute.',
    minutesLeft_other: 'We will hold the time for you for {{count}} more minutes.',
    secondsLeft_one: 'We will hold the time for you for {{count}} more second.',
    secondsLeft_other: 'We will hold the time for you for {{count}} more seconds.',
    expired:
      'The time is no longer reserved for you because too much time has passed. Your details are kept on this page. When you confirm, we will try to reserve the time again.',
    rehold: 'Reserve the time again',
    reheld: 'The time is reserved for you again.',
  },
  slotTaken:
    'Sorry, someone else has just taken that time. Choose another time on the same day or another day. Your details are kept.',
  slotTakenAfterExpiry:
    'The time is no longer reserved for you, and someone else has now taken it. Choose another time. Your details are kept.',
  validation: 'The booking system could not accept some of your details. Correct the ones marked and continue.',
  summary: {
    intro: 'Check your answers before you confirm. You can change them here.',
    service: 'Errand',
    location: 'Place',
    time: 'Time',
    duration: 'Duration',
    fee: 'Price',
    name: 'Name',
    cpr: 'CPR number',
    email: 'Email',
    phone: 'Phone',
    sms: 'Text message reminder',
    smsYes: 'Yes',
    smsNo: 'No',
    onBehalfOf: 'The appointment is for',
    relationChild: '{{name}} (child)',
    relationAdult: '{{name}} (adult)',
    needs: 'Special needs',
    interpreter: 'Interpreter: {{language}}',
    stepFree: 'Step-free access',
    none: 'None',
    notGiven: 'Not given',
    cprHidden: '(last four digits hidden)',
    fromMitId: 'from MitID',
    change: 'Change',
    confirm: 'Confirm and book',
    booking: 'Booking …',
    bookingStatus: 'We are booking your appointment. Please wait.',
    retry: 'Try booking again',
    retryNote: 'Nothing is lost. If the booking got through the first time, it will not be made twice.',
  },
  stepUnavailable:
    'We could not load this part of the booking. Check your internet connection and try again. Nothing you have chosen is lost.',
  receiptUnavailable: {
    reference: 'Booking number: {{reference}}.',
    body: 'The receipt could not be loaded. Write down the booking number, or try again.',
  },
  receipt: {
    another: 'Book another appointment',
  },
  popup: {
    close: 'Close',
    confirmTitle: 'Close the booking?',
    confirmBody: 'Your appointment is not booked yet. If you close, what you have typed will be deleted.',
    confirmLeave: 'Yes, close the booking',
    confirmStay: 'No, continue booking',
  },
} satisfies Messages<typeof da>;
