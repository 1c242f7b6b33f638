import type { Messages } from '../../messages.js';
import type da from '../da/form.js';

export default {
  yourDetails: 'Your details',
  optional: '(optional)',
  fromMitId: 'From MitID',
  errorPrefix: 'Error:',
  summaryTitle: 'There is a problem',
  submit: 'Continue',
  name: {
    label: 'Full name',
  },
  cpr: {
    label: 'CPR number',
    hint: 'We need your CPR number (Danish personal identification number) for this errand. 10 digits, for example 010190-1234.',
    show: 'Show CPR number',
  },
  contact: {
    legend: 'How can we contact you?',
    hint: 'We will send you a confirmation of your appointment. Fill in your email address, mobile number or both.',
    hint_landline: 'So we can contact you about your appointment. Fill in your email address, phone number or both.',
  },
  email: {
    label: 'Email address',
  },
  phone: {
    label: 'Mobile number',
    label_landline: 'Phone number',
    hint: '8 digits, for example 12345678',
  },
  sms: {
    label: 'Send me a reminder by text message',
    hint: 'Needs a mobile number.',
  },
  someoneElse: {
    label: 'I am booking for someone else',
    legend: 'The person you are booking for',
    relationLegend: 'Who is the person?',
    child: 'My child under 18',
    adult: 'Another adult',
    name: 'Their full name',
    cpr: 'Their CPR number',
    cprHint: '10 digits, for example 010190-1234.',
    showCpr: 'Show their CPR number',
  },
  needs: {
    legend: 'Needs during your visit',
    hint: 'Tell us if we should prepare anything for your visit.',
    interpreter: 'I need an interpreter',
    language: 'Which language should the interpreter speak?',
    languageHint: 'For example Arabic, Turkish or Danish Sign Language',
    stepFree: 'I need step-free access, for example because I use a wheelchair',
    other: 'Anything else we should know',
    remaining_one: 'You have {{count}} character remaining',
    remaining_other: 'You have {{count}} characters remaining',
    over_one: 'You have {{count}} character too many',
    over_other: 'You have {{count}} characters too many',
  },
  privacy: {
    text: 'We use your details to confirm your appointment and remind you of it. They are deleted when they are no longer needed.',
    link: 'Read more about how we handle your data',
    newWindow: '(opens in a new window)',
  },
  errors: {
    generic: 'Check the field “{{field}}”',
    other: 'Some details are not filled in correctly. Please correct them and try again.',
    citizen: {
      name: {
        required: 'Enter your full name',
        invalid: 'Check that you have entered your full name correctly',
      },
      cpr: {
        required: 'Enter your CPR number',
        format: 'Enter your CPR number with 10 digits, for example 010190-1234',
        date: 'The first 6 digits of the CPR number must be a real date of birth (ddmmyy), for example 010190-1234',
        future: 'The date of birth in the CPR number cannot be in the future. Check the first 6 digits',
        invalid: 'Check that you have entered your CPR number correctly, for example 010190-1234',
      },
      contact: {
        required: 'Enter an email address or a mobile number so we can send you a confirmation',
        required_landline: 'Enter an email address or a phone number so we can contact you',
      },
      email: {
        required: 'Enter your email address, for example name@example.com',
        format: 'Enter an email address in the correct format, for example name@example.com',
        invalid: 'Enter an email address in the correct format, for example name@example.com',
      },
      phone: {
        required: 'Enter your mobile number, for example 12345678',
        required_landline: 'Enter your phone number, for example 12345678',
        sms: 'Enter your mobile number so we can send the reminder by text message',
        format: 'Enter a Danish phone number, for example 12345678 or +45 12 34 56 78',
        'danish-length': 'A Danish phone number has 8 digits. Enter it like 12345678 or +45 12 34 56 78',
        invalid: 'Enter a Danish phone number, for example 12345678 or +45 12 34 56 78',
      },
    },
    onBehalfOf: {
      relation: {
        required: 'Select whether you are booking for your child or for another adult',
      },
      name: {
        required: 'Enter the full name of the person you are booking for',
        invalid: 'Check that you have entered their full name correctly',
      },
      cpr: {
        required: 'Enter the CPR number of the person you are booking for',
        format: 'Enter their CPR number with 10 digits, for example 010190-1234',
        date: 'The first 6 digits of their CPR number must be a real date of birth (ddmmyy), for example 010190-1234',
        future: 'Their date of birth cannot be in the future. Check the first 6 digits of the CPR number',
        invalid: 'Check that you have entered their CPR number correctly, for example 010190-1234',
      },
    },
    needs: {
      interpreter: {
        required: 'Enter the language you need an interpreter for, for example Arabic',
      },
      other: {
        'too-long': 'Enter 500 characters or fewer',
      },
    },
  },
} satisfies Messages<typeof da>;
