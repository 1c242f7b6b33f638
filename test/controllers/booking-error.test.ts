import { expect } from '@open-wc/testing';
import { errorMessage } from '../../src/controllers/booking-error.js';
import { BookingError, BOOKING_ERROR_CODES, type BookingErrorCode } from '../../src/core/errors.js';
import { translator } from '../../src/i18n/i18n.js';

const da = translator('da');
const en = translator('en');
const phone = '+45 11 22 33 44';

/** Makes `navigator.onLine` say false (an own property shadows the prototype's getter); returns the undo. */
function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => void delete (navigator as { onLine?: boolean }).onLine;
}

/** Failures the citizen cannot fix by changing an answer: a way forward besides "try again". */
const BACKEND_FAULTS: BookingErrorCode[] = ['network', 'timeout', 'unavailable', 'invalid-response', 'rate-limited'];

describe('errorMessage', () => {
  it('says a backend that cannot be reached apart from an offline device', () => {
    expect(errorMessage(new BookingError('unavailable', 'x'), da)).to.equal(
      'Bestillingssystemet kan ikke nås lige nu. Prøv igen om lidt.',
    );
    expect(errorMessage(new BookingError('unavailable', 'x'), en)).to.contain('cannot be reached right now');
    const restore = goOffline();
    try {
      expect(errorMessage(new BookingError('network', 'x'), da)).to.equal(
        'Du er ikke på internettet lige nu. Tjek din forbindelse, og prøv igen.',
      );
    } finally {
      restore();
    }
  });

  it('never tells an online citizen to check their connection, whatever code the adapter chose', () => {
    expect(errorMessage(new BookingError('network', 'x'), da)).to.equal(
      'Bestillingssystemet kan ikke nås lige nu. Prøv igen om lidt.',
    );
  });

  for (const code of BACKEND_FAULTS) {
    it(`offers the office's phone with ${code}, in both languages`, () => {
      expect(errorMessage(new BookingError(code, 'x'), da, { phone })).to.match(
        /[Pp]røv igen.* Du kan også ringe til Borgerservice på \+45\u00a011\u00a022\u00a033\u00a044\.$/,
      );
      expect(errorMessage(new BookingError(code, 'x'), en, { phone })).to.match(
        /You can also call Borgerservice on \+45\u00a011\u00a022\u00a033\u00a044\.$/,
      );
    });
  }

  it('offers the phone for an error that is no BookingError (a broken third-party adapter)', () => {
    expect(errorMessage(new TypeError('boom'), da, { phone })).to.equal(
      // The number's spaces do not break: "+45 ⏎ 11 22 33 44" never happens on a phone screen.
      'Noget gik galt. Prøv igen. Du kan også ringe til Borgerservice på +45\u00a011\u00a022\u00a033\u00a044.',
    );
  });

  it('keeps the phone out of messages the citizen acts on themselves', () => {
    for (const code of BOOKING_ERROR_CODES.filter((candidate) => !BACKEND_FAULTS.includes(candidate))) {
      expect(errorMessage(new BookingError(code, 'x'), da, { phone }), code).not.to.contain(phone);
    }
  });

  it('adds nothing without a phone, or with a blank one', () => {
    const plain = errorMessage(new BookingError('timeout', 'x'), da);
    expect(plain).to.equal('Bestillingssystemet svarer ikke lige nu. Prøv igen om lidt.');
    expect(errorMessage(new BookingError('timeout', 'x'), da, { phone: '  ' })).to.equal(plain);
  });

  it('never runs a phone from the backend as a translation template', () => {
    const message = errorMessage(new BookingError('unavailable', 'x'), da, { phone: '{{lng}} $t(common:retry)' });
    expect(message).to.contain('på {{lng}}\u00a0$t(common:retry).');
  });
});
