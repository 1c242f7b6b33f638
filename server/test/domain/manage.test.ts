import assert from 'node:assert/strict';
import { it } from 'node:test';
import { bookingFor, da, onEachEngine, slotOf } from './harness.js';

const MINUTE = 60_000;

onEachEngine('moving, cancelling and holds', (harness) => {
  it('moves an appointment, freeing the old place and telling the notifier', async () => {
    const { backend, notifier } = harness();
    const booked = await backend.book(da, bookingFor(slotOf('kort', '09:00')));
    const moved = await backend.reschedule(
      { lang: 'da', token: booked.token },
      { reference: booked.reference, slotId: slotOf('kort', '09:10') },
    );
    assert.equal(moved.reference, booked.reference);
    assert.equal(moved.start, '2026-11-24T09:10:00+01:00');
    assert.equal(moved.token, booked.token);
    assert.equal((await backend.book(da, bookingFor(slotOf('kort', '09:00'), 2))).status, 'booked');
    await assert.rejects(backend.book(da, bookingFor(slotOf('kort', '09:10'), 3)), { code: 'slot-taken' });
    assert.deepEqual(
      notifier.sent.map((entry) => entry.kind),
      ['booked', 'moved', 'booked'],
    );
    assert.equal(notifier.sent[1]?.subject.token, undefined);
  });

  it('keeps the original when the target is full', async () => {
    const { backend, db } = harness();
    const booked = await backend.book(da, bookingFor(slotOf('kort', '09:00')));
    await backend.book(da, bookingFor(slotOf('kort', '09:10'), 2));
    const manage = { lang: 'da' as const, token: booked.token };
    await assert.rejects(backend.reschedule(manage, { reference: booked.reference, slotId: slotOf('kort', '09:10') }), {
      code: 'slot-taken',
    });
    const [again] = await backend.appointments(manage, { reference: booked.reference });
    assert.equal(again?.start, booked.start);
    const seats = await db
      .selectFrom('seats')
      .select('slot_id')
      .where('appointment_id', 'is not', null)
      .orderBy('slot_id')
      .execute();
    assert.deepEqual(
      seats.map((seat) => seat.slot_id),
      [slotOf('kort', '09:00'), slotOf('kort', '09:10')],
    );
  });

  it('changes nothing when moved to the slot it has, giving back a hold on it', async () => {
    const { backend, db, notifier } = harness();
    const booked = await backend.book(da, bookingFor(slotOf('pas', '09:00')));
    const hold = await backend.hold(da, { slotId: slotOf('pas', '09:00'), serviceId: 'pas', locationId: 'raadhus' });
    const same = await backend.reschedule(
      { lang: 'da', token: booked.token },
      { reference: booked.reference, slotId: slotOf('pas'), holdId: hold.id },
    );
    assert.equal(same.start, booked.start);
    assert.equal(await db.selectFrom('seats').select('seat').where('hold_id', '=', hold.id).executeTakeFirst(), undefined);
    assert.deepEqual(
      notifier.sent.map((entry) => entry.kind),
      ['booked'],
    );
  });

  it('moves onto the citizen’s own hold, and refuses a lapsed one', async () => {
    const { backend, clock } = harness();
    const booked = await backend.book(da, bookingFor(slotOf('kort', '09:00')));
    const manage = { lang: 'da' as const, token: booked.token };
    const hold = await backend.hold(da, { slotId: slotOf('kort', '09:20'), serviceId: 'kort', locationId: 'raadhus' });
    // The held place is not free to anyone else…
    await assert.rejects(backend.book(da, bookingFor(slotOf('kort', '09:20'), 2)), { code: 'slot-taken' });
    // … but is the citizen's to move to.
    const moved = await backend.reschedule(manage, {
      reference: booked.reference,
      slotId: slotOf('kort', '09:20'),
      holdId: hold.id,
    });
    assert.equal(moved.start, '2026-11-24T09:20:00+01:00');

    const late = await backend.hold(da, { slotId: slotOf('kort', '09:30'), serviceId: 'kort', locationId: 'raadhus' });
    clock.advance(11 * MINUTE);
    await assert.rejects(
      backend.reschedule(manage, { reference: booked.reference, slotId: slotOf('kort', '09:30'), holdId: late.id }),
      {
        code: 'slot-taken',
      },
    );
    const [still] = await backend.appointments(manage, { reference: booked.reference });
    assert.equal(still?.start, moved.start);
  });

  it('lets a hold lapse by the clock: its place is free again and booking with it is slot-taken', async () => {
    const { backend, clock } = harness();
    const query = { slotId: slotOf('kort', '10:00'), serviceId: 'kort', locationId: 'raadhus' };
    const hold = await backend.hold(da, query);
    assert.equal(hold.expiresAt, new Date(clock.now().getTime() + 10 * MINUTE).toISOString());
    await assert.rejects(backend.hold(da, query), { code: 'slot-taken' });
    clock.advance(10 * MINUTE);
    await assert.rejects(backend.book(da, bookingFor(query.slotId, 1, { holdId: hold.id })), { code: 'slot-taken' });
    const available = await backend.availability(da, {
      serviceId: 'kort',
      locationId: 'raadhus',
      from: '2026-11-24',
      to: '2026-11-24',
    });
    assert.equal(available.slots.find((slot) => slot.id === query.slotId)?.remaining, 1);
    assert.equal((await backend.book(da, bookingFor(query.slotId, 2))).status, 'booked');
  });

  it('books a live hold into its place, and a released hold frees it', async () => {
    const { backend } = harness();
    const query = { slotId: slotOf('kort', '10:10'), serviceId: 'kort', locationId: 'raadhus' };
    const hold = await backend.hold(da, query);
    await assert.rejects(backend.book(da, bookingFor(slotOf('kort', '10:20'), 1, { holdId: hold.id })), { code: 'slot-taken' });
    const booked = await backend.book(da, bookingFor(query.slotId, 1, { holdId: hold.id }));
    assert.equal(booked.status, 'booked');
    const other = await backend.hold(da, { ...query, slotId: slotOf('kort', '10:30') });
    await backend.releaseHold(da, other.id);
    await backend.releaseHold(da, other.id);
    assert.equal((await backend.book(da, bookingFor(slotOf('kort', '10:30'), 2))).status, 'booked');
  });

  it('cancels once, answers a second cancel with the cancelled appointment, and refuses to move it', async () => {
    const { backend, notifier } = harness();
    const booked = await backend.book(da, bookingFor(slotOf('pas')));
    const manage = { lang: 'en' as const, token: booked.token };
    const cancelled = await backend.cancel(manage, { reference: booked.reference });
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.service.name, 'Passport');
    assert.deepEqual(await backend.cancel(manage, { reference: booked.reference }), cancelled);
    assert.deepEqual(
      notifier.sent.map((entry) => entry.kind),
      ['booked', 'cancelled'],
    );
    await assert.rejects(backend.reschedule(manage, { reference: booked.reference, slotId: slotOf('pas', '09:15') }), {
      code: 'validation',
      details: { fields: { reference: 'cancelled' } },
    });
  });

  it('refuses a move to another errand’s slot, and an unknown reference or wrong token alike', async () => {
    const { backend } = harness();
    const booked = await backend.book(da, bookingFor(slotOf('pas')));
    const manage = { lang: 'da' as const, token: booked.token };
    await assert.rejects(backend.reschedule(manage, { reference: booked.reference, slotId: slotOf('kort') }), {
      code: 'validation',
      details: { fields: { slotId: 'service-mismatch' } },
    });
    await assert.rejects(backend.cancel({ lang: 'da', token: 'wrong' }, { reference: booked.reference }), { code: 'not-found' });
    await assert.rejects(backend.cancel(manage, { reference: 'BT-ZZZZZZ' }), { code: 'not-found' });
    await assert.rejects(backend.cancel(da, { reference: booked.reference }), { code: 'auth-required' });
  });

  it('rolls the booking back when its message cannot be written', async () => {
    const { backend, db, notifier } = harness();
    notifier.failing = true;
    await assert.rejects(backend.book(da, bookingFor(slotOf('kort'))));
    assert.equal(await db.selectFrom('appointments').select('id').executeTakeFirst(), undefined);
    assert.equal(await db.selectFrom('seats').select('seat').executeTakeFirst(), undefined);
  });
});
