import { expect } from '@open-wc/testing';
import { BookingFlow, hasTypedDetails, newIdempotencyKey } from '../../../src/components/booking/booking-flow.js';
import type { Hold, Location, Service, Slot } from '../../../src/core/types.js';
import { BookingError } from '../../../src/core/errors.js';

const location: Location = { id: 'centrum', name: 'Centrum', address: { street: 'Torvet 1', postalCode: '8000', city: 'By' }, openingHours: [] };
const nord: Location = { ...location, id: 'nord', name: 'Nord' };
const pas: Service = {
  id: 'pas',
  name: 'Pas',
  category: 'pas',
  description: '',
  durationMinutes: 20,
  documentsToBring: [],
  requiresLogin: false,
  requiresCpr: true,
};
const navn: Service = { ...pas, id: 'navn', name: 'Navneændring', requiresLogin: true, requiresCpr: false };
const slot = (id: string, start = '2026-12-01T10:00:00+01:00'): Slot => ({ id, serviceId: 'pas', locationId: 'centrum', start, end: start.replace('10:00', '10:20') });
const hold = (id: string, slotId = 's1'): Hold => ({ id, slotId, expiresAt: '2026-12-01T08:10:00Z' });
const details = { citizen: { name: 'Karen', cpr: '0101901234', email: 'k@example.dk' } };

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

/** A flow that has reached the summary. */
function atSummary(options: { canSignIn?: boolean; service?: Service } = {}): BookingFlow {
  const flow = new BookingFlow({ canSignIn: options.canSignIn ?? false, makeKey: keys() });
  flow.chooseService(options.service ?? pas, location);
  flow.chooseSlot(slot('s1'));
  flow.setHold(hold('h1'));
  flow.confirmSlot();
  if (flow.step === 'signin') flow.signedIn({ name: 'Karen', cpr: '0101901234' });
  flow.submitDetails(details);
  return flow;
}

describe('BookingFlow', () => {
  it('walks the steps in order: errand, time, details, summary, receipt', () => {
    const flow = new BookingFlow({ canSignIn: false });
    expect(flow.step).to.equal('service');
    expect(flow.steps).to.deep.equal(['service', 'time', 'details', 'summary']);
    flow.chooseService(pas, location);
    expect(flow.step).to.equal('time');
    flow.chooseSlot(slot('s1'));
    flow.confirmSlot();
    expect(flow.step).to.equal('details');
    flow.submitDetails(details);
    expect(flow.step).to.equal('summary');
    flow.booked({ reference: 'BT-1', status: 'booked', service: pas, location, start: '', end: '' });
    expect(flow.step).to.equal('receipt');
  });

  it('lists a sign-in step only for an errand that needs it, and only when signing in is possible', () => {
    const flow = new BookingFlow({ canSignIn: true });
    flow.chooseService(navn, location);
    expect(flow.steps).to.deep.equal(['service', 'time', 'signin', 'details', 'summary']);
    flow.chooseSlot(slot('s1'));
    flow.confirmSlot();
    expect(flow.step).to.equal('signin');
    flow.signedIn({ name: 'Karen', cpr: '0101901234' });
    expect(flow.step).to.equal('details');
    expect(flow.steps).to.include('signin');

    const noAuth = new BookingFlow({ canSignIn: false });
    noAuth.chooseService(navn, location);
    expect(noAuth.signInUnavailable).to.equal(true);
  });

  it('skips the sign-in step when a session exists from the start', () => {
    const flow = new BookingFlow({ canSignIn: true });
    flow.setInitialSession({ name: 'Karen', cpr: '0101901234' });
    flow.chooseService(navn, location);
    expect(flow.steps).to.not.include('signin');
    flow.chooseSlot(slot('s1'));
    flow.confirmSlot();
    expect(flow.step).to.equal('details');
  });

  it('lets the citizen go back only to earlier steps', () => {
    const flow = atSummary();
    expect(flow.canGoTo('service')).to.equal(true);
    expect(flow.canGoTo('details')).to.equal(true);
    expect(flow.canGoTo('summary')).to.equal(false);
    flow.goTo('details');
    expect(flow.step).to.equal('details');
    expect(flow.canGoTo('summary')).to.equal(false);
    expect(flow.canGoTo('time')).to.equal(true);
  });

  it('returns to the summary after a "Change", keeping the details', () => {
    const flow = atSummary();
    flow.change('details');
    expect(flow.step).to.equal('details');
    expect(flow.changing).to.equal(true);
    flow.submitDetails({ citizen: { ...details.citizen, email: 'new@example.dk' } });
    expect(flow.step).to.equal('summary');
    expect(flow.details?.citizen.email).to.equal('new@example.dk');
  });

  it('after changing the errand to another, asks for a time and then returns to the summary', () => {
    const flow = atSummary();
    flow.change('service');
    flow.chooseService(pas, nord);
    expect(flow.slot).to.equal(undefined);
    expect(flow.step).to.equal('time');
    expect(flow.drainReleases().map((h) => h.id)).to.deep.equal(['h1']);
    flow.chooseSlot(slot('s2'));
    flow.confirmSlot();
    expect(flow.step).to.equal('summary');
    expect(flow.details).to.deep.equal(details);
  });

  it('choosing the same errand again from the summary goes straight back, keeping the hold', () => {
    const flow = atSummary();
    flow.change('service');
    flow.chooseService(pas, location);
    expect(flow.step).to.equal('summary');
    expect(flow.hold?.id).to.equal('h1');
    expect(flow.drainReleases()).to.deep.equal([]);
  });

  it('lets the hold go whenever the citizen is back on the calendar', () => {
    const flow = atSummary();
    flow.change('time');
    expect(flow.step).to.equal('time');
    expect(flow.hold).to.equal(undefined);
    expect(flow.drainReleases().map((h) => h.id)).to.deep.equal(['h1']);
    expect(flow.slot?.id, 'the time stays chosen').to.equal('s1');
  });

  it('on "slot taken", goes back to the calendar on the same day, keeps the details, and returns to the summary', () => {
    const flow = atSummary();
    const key = flow.attemptKey();
    flow.slotTaken();
    expect(flow.step).to.equal('time');
    expect(flow.notice).to.deep.equal({ kind: 'slot-taken' });
    expect(flow.calendarDate).to.equal('2026-12-01');
    expect(flow.slot).to.equal(undefined);
    expect(flow.details).to.deep.equal(details);
    flow.chooseSlot(slot('s2', '2026-12-01T11:00:00+01:00'));
    flow.confirmSlot();
    expect(flow.step).to.equal('summary');
    expect(flow.attemptKey()).to.not.equal(key);
  });

  describe('idempotency key', () => {
    it('is the same for every retry of the same booking', () => {
      const flow = atSummary();
      const key = flow.attemptKey();
      flow.bookingFailed(new BookingError('unavailable', 'down'));
      expect(flow.attemptKey()).to.equal(key);
      // A renewed hold is still the same booking.
      flow.holdExpired();
      flow.setHold(hold('h2'));
      expect(flow.attemptKey()).to.equal(key);
      expect(flow.bookingRequest()?.holdId).to.equal('h2');
    });

    it('is new once the time or the details change', () => {
      const flow = atSummary();
      const first = flow.attemptKey();
      flow.change('details');
      flow.submitDetails({ citizen: { ...details.citizen, phone: '+4520304050' } });
      const second = flow.attemptKey();
      expect(second).to.not.equal(first);
      flow.change('time');
      flow.chooseSlot(slot('s9'));
      flow.confirmSlot();
      expect(flow.attemptKey()).to.not.equal(second);
    });

    it('is new after a validation error, a sign-in demand and a booking', () => {
      const flow = atSummary({ canSignIn: true, service: navn });
      const first = flow.attemptKey();
      flow.validationFailed(new BookingError('validation', 'bad', { fields: { 'citizen.email': 'format' } }), { 'citizen.email': 'format' });
      expect(flow.step).to.equal('details');
      expect(flow.fieldErrors).to.deep.equal({ 'citizen.email': 'format' });
      flow.submitDetails(details);
      expect(flow.step).to.equal('summary');
      const second = flow.attemptKey();
      expect(second).to.not.equal(first);
      flow.authRequired(new BookingError('auth-required', 'who'));
      expect(flow.step).to.equal('signin');
      flow.signedIn({ name: 'Karen', cpr: '0101901234' });
      expect(flow.step).to.equal('summary');
      expect(flow.attemptKey()).to.not.equal(second);
    });

    it('makes v4 UUIDs', () => {
      expect(newIdempotencyKey()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(newIdempotencyKey()).to.not.equal(newIdempotencyKey());
    });
  });

  it('puts the hold and the MitID name and CPR into the request', () => {
    const flow = atSummary({ canSignIn: true, service: navn });
    const request = flow.bookingRequest()!;
    expect(request).to.include({ slotId: 's1', serviceId: 'navn', locationId: 'centrum', holdId: 'h1' });
    expect(request.citizen).to.include({ name: 'Karen', cpr: '0101901234' });
  });

  it('marks a lapsed hold and clears the mark when held again', () => {
    const flow = atSummary();
    flow.holdExpired();
    expect(flow.hold).to.equal(undefined);
    expect(flow.holdLapsed).to.equal(true);
    expect(flow.bookingRequest()?.holdId).to.equal(undefined);
    flow.setHold(hold('h2'));
    expect(flow.holdLapsed).to.equal(false);
  });

  it('an edit after submitting must be submitted again', () => {
    const flow = atSummary();
    flow.change('details');
    flow.updateContact({ citizen: { ...details.citizen, name: 'Karen J' } });
    expect(flow.details).to.equal(undefined);
    expect(flow.contact?.citizen.name).to.equal('Karen J');
  });

  it('restarts empty, or from the preselected errand', () => {
    const flow = atSummary();
    flow.restart();
    expect(flow.step).to.equal('service');
    expect(flow.contact).to.equal(undefined);
    expect(flow.drainReleases().map((h) => h.id)).to.deep.equal(['h1']);
    flow.restart({ service: pas, location });
    expect(flow.step).to.equal('time');
  });

  it('knows when typed details would be lost', () => {
    expect(hasTypedDetails(undefined)).to.equal(false);
    expect(hasTypedDetails({ citizen: { name: '  ' } })).to.equal(false);
    expect(hasTypedDetails({ citizen: { name: '', email: 'a' } })).to.equal(true);
  });
});
