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
    'not-found': 'We could not find what you are looking for.',
    'rate-limited': 'Many people are booking right now. Please wait a moment and try again.',
    'rate-limited-seconds_one': 'Many people are booking right now. Please try again in {{count}} second.',
    'rate-limited-seconds_other': 'Many people are booking right now. Please try again in {{count}} seconds.',
    network: 'There is no connection to the booking system. Check your internet connection and try again.',
    timeout: 'The booking system is not answering right now. Please try again shortly.',
    unavailable: 'The booking system is temporarily unavailable. Please try again shortly.',
    'invalid-response': 'The booking system sent an answer we could not understand. Please try again shortly.',
    unknown: 'Something went wrong. Please try again.',
  },
} satisfies Messages<typeof da>;
