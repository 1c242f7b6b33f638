import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { bookingFor, onEachEngine, slotOf } from './harness.js';

const keyed = (idempotencyKey: string) => ({ lang: 'da' as const, idempotencyKey });

onEachEngine('idempotency', (harness) => {
  it('answers a repeat with the same key and body with the same appointment and token, booking once', async () => {
    const { backend, db, notifier } = harness();
    const request = bookingFor(slotOf('pas'));
    const first = await backend.book(keyed('key-0001'), request);
    const again = await backend.book(keyed('key-0001'), request);
    assert.equal(again.reference, first.reference);
    assert.equal(again.token, first.token);
    const count = await db
      .selectFrom('appointments')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(count.n, 1);
    assert.equal(notifier.sent.length, 1);
  });

  it('books once when repeats with one key arrive at the same moment', async () => {
    const { backend, db } = harness();
    const request = bookingFor(slotOf('pas', '09:15'));
    const answers = await Promise.all(Array.from({ length: 8 }, () => backend.book(keyed('key-burst'), request)));
    assert.equal(new Set(answers.map((answer) => answer.reference)).size, 1);
    const seats = await db.selectFrom('seats').select('seat').where('slot_id', '=', request.slotId).execute();
    assert.equal(seats.length, 1);
  });

  it('refuses the same key with another body as reused', async () => {
    const { backend } = harness();
    await backend.book(keyed('key-0002'), bookingFor(slotOf('pas')));
    await assert.rejects(backend.book(keyed('key-0002'), bookingFor(slotOf('pas', '09:15'))), {
      code: 'validation',
      details: { fields: { idempotencyKey: 'reused' } },
    });
    await assert.rejects(backend.book(keyed('key-0002'), bookingFor(slotOf('pas'), 2)), { code: 'validation' });
    // … and with another operation.
    await assert.rejects(backend.hold(keyed('key-0002'), { slotId: slotOf('pas'), serviceId: 'pas', locationId: 'raadhus' }), {
      code: 'validation',
      details: { fields: { idempotencyKey: 'reused' } },
    });
  });

  it('still answers the first appointment after a restart, even when the slot has filled since', async () => {
    const { backend, restart } = harness();
    const request = bookingFor(slotOf('kort'));
    const first = await backend.book(keyed('key-0003'), request);
    const again = await restart().book(keyed('key-0003'), request);
    assert.deepEqual(again, first);
  });

  it('leaves no key behind when the request failed, so the key books once the slot is free', async () => {
    const { backend } = harness();
    const taken = await backend.book(keyed('key-taken'), bookingFor(slotOf('kort')));
    const request = bookingFor(slotOf('kort'), 2);
    await assert.rejects(backend.book(keyed('key-0004'), request), { code: 'slot-taken' });
    await backend.cancel({ lang: 'da', token: taken.token, idempotencyKey: 'key-cancel' }, { reference: taken.reference });
    const booked = await backend.book(keyed('key-0004'), request);
    assert.equal(booked.status, 'booked');
  });

  it('answers a repeated hold, move and cancel as the first', async () => {
    const { backend } = harness();
    const query = { slotId: slotOf('pas', '10:00'), serviceId: 'pas', locationId: 'raadhus' };
    const hold = await backend.hold(keyed('hold-1'), query);
    assert.deepEqual(await backend.hold(keyed('hold-1'), query), hold);

    const booked = await backend.book(keyed('book-1'), bookingFor(slotOf('pas', '11:00')));
    const manage = (idempotencyKey: string) => ({ lang: 'da' as const, token: booked.token, idempotencyKey });
    const moved = await backend.reschedule(manage('move-1'), { reference: booked.reference, slotId: slotOf('pas', '11:15') });
    assert.deepEqual(
      await backend.reschedule(manage('move-1'), { reference: booked.reference, slotId: slotOf('pas', '11:15') }),
      moved,
    );
    await assert.rejects(backend.reschedule(manage('move-1'), { reference: booked.reference, slotId: slotOf('pas', '11:30') }), {
      code: 'validation',
    });
    const cancelled = await backend.cancel(manage('cancel-1'), { reference: booked.reference });
    assert.deepEqual(await backend.cancel(manage('cancel-1'), { reference: booked.reference }), cancelled);
  });
});
