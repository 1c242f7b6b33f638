import type { Messages } from '../../messages.js';
import type da from '../da/common.js';

export default {
  widgetName: 'Appointment booking',
  loading: 'Loading …',
  retry: 'Try again',
  close: 'Close',
  back: 'Back',
  next: 'Next',
  cancel: 'Cancel',
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  fee: 'DKK {{amount}}',
  free: 'Free',
  errors: {
    'slot-taken': 'Sorry, someone else has just booked that time. Please choose another time.',
    'auth-required': 'You need to sign in to continue.',
    validation: 'Some details are not filled in correctly. Please correct them and try again.',
    'not-found': 'We could not find what you are looking for. Try again, or choose something else.',
    'rate-limited': 'Many people are booking right now. Please wait a moment and try again.',
    'rate-limited-seconds_one': 'Many people are booking right now. Please try again in {{count}} second.',
    'rate-limited-seconds_other': 'Many people are booking right now. Please try again in {{count}} seconds.',
    network: 'You are not connected to the internet right now. Check your connection and try again.',
    timeout: 'The booking system is not answering right now. Please try again shortly.',
    unavailable: 'The booking system cannot be reached right now. Please try again shortly.',
    'invalid-response': 'The booking system sent an answer we could not read. Please try again shortly.',
    unknown: 'Something went wrong. Please try again.',
    ringInstead: 'You can also call Borgerservice on {{phone}}.',
  },
  apiInvalid: {
    title: 'Appointment booking cannot be shown',
    body: 'There is an error in how appointment booking is set up on this page. Try again later, or contact Borgerservice.',
    developer:
      '"api" is not a valid address ("{{api}}"). Set it to the booking API’s address, e.g. https://booking.kommune.dk/api. The console says why.',
  },
  /** The disclosure that holds a configuration error's instruction for the webmaster. */
  forWebmaster: 'For the webmaster',
} satisfies Messages<typeof da>;
