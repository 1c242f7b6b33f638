import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hashToken } from '../../src/crypto.js';
import { purgeExpiredPersonalData } from '../../src/domain/index.js';
import { TEST_CPR, bookingFor, cipher, da, onEachEngine, slotOf } from './harness.js';

const DAY = 86_400_000;
const CHILD_CPR = '0101151236';

onEachEngine('personal data', (harness) => {
  it('keeps the manage token only as its hash and the CPR numbers only encrypted', async () => {
    const { backend, db } = harness();
    const booked = await backend.book(
      da,
      bookingFor(slotOf('pas'), 1, { onBehalfOf: { relation: 'child', name: 'Lille Borger', cpr: CHILD_CPR } }),
    );
    const row = await db
      .selectFrom('appointments')
      .selectAll()
      .where('reference', '=', booked.reference)
      .executeTakeFirstOrThrow();
    assert.ok(booked.token);
    assert.equal(row.token_hash, hashToken(booked.token));
    assert.ok(!JSON.stringify(row).includes(booked.token), 'the raw token is not stored');
    assert.ok(row.cpr_encrypted && row.on_behalf_cpr_encrypted);
    const stored = JSON.stringify(row);
    assert.ok(!stored.includes(TEST_CPR) && !stored.includes(CHILD_CPR), 'no plain CPR number in the row');
    assert.equal(cipher.decrypt(row.cpr_encrypted), TEST_CPR);
    assert.equal(cipher.decrypt(row.on_behalf_cpr_encrypted), CHILD_CPR);
    assert.equal(row.citizen_name, 'Lille Borger');
    assert.equal(booked.citizenName, 'Lille Borger');
    assert.ok(!JSON.stringify(booked).includes(TEST_CPR));
    const keys = await db.selectFrom('idempotency_keys').selectAll().execute();
    assert.ok(!JSON.stringify(keys).includes(TEST_CPR));
  });

  it('requires the CPR number for errands that need it, with the field path', async () => {
    const { backend } = harness();
    const request = bookingFor(slotOf('pas'));
    await assert.rejects(backend.book(da, { ...request, citizen: { name: 'Borger' } }), {
      code: 'validation',
      details: { fields: { 'citizen.cpr': 'required' } },
    });
    await assert.rejects(backend.book(da, { ...request, citizen: { name: 'Borger', cpr: '3213991234' } }), (error: Error) => {
      assert.deepEqual((error as { details?: unknown }).details, { fields: { 'citizen.cpr': 'invalid' } });
      assert.ok(!error.message.includes('3213991234'));
      return true;
    });
  });

  it('finds an appointment by reference and token, by token alone, and by reference for its signed-in booker only', async () => {
    const { backend } = harness();
    const booked = await backend.book({ lang: 'da', personId: 'person-a' }, bookingFor(slotOf('pas')));
    const reference = booked.reference.toLowerCase().replace('bt-', ' bt ');
    const [byBoth] = await backend.appointments({ lang: 'en', token: booked.token }, { reference });
    assert.equal(byBoth?.token, booked.token);
    assert.equal(byBoth?.service.name, 'Passport');
    assert.equal((await backend.appointments({ lang: 'da', token: booked.token }, {}))[0]?.reference, booked.reference);
    assert.deepEqual(await backend.appointments({ lang: 'da', token: 'wrong' }, { reference }), []);
    assert.deepEqual(await backend.appointments({ lang: 'da', token: booked.token }, { reference: 'BT-ZZZZZZ' }), []);
    const [mine] = await backend.appointments({ lang: 'da', personId: 'person-a' }, { reference });
    assert.equal(mine?.reference, booked.reference);
    assert.equal(mine?.token, undefined);
    assert.deepEqual(await backend.appointments({ lang: 'da', personId: 'person-b' }, { reference }), []);
    await assert.rejects(backend.appointments(da, { reference }), { code: 'auth-required' });
    await assert.rejects(backend.cancel({ lang: 'da', personId: 'person-b' }, { reference }), { code: 'not-found' });
    assert.equal((await backend.cancel({ lang: 'da', personId: 'person-a' }, { reference })).status, 'cancelled');
  });

  it('lists the signed-in citizen’s own appointments: upcoming and 90 days back, newest first, without tokens', async () => {
    const { backend, clock } = harness();
    const me = { lang: 'da' as const, personId: 'person-a' };
    const old = await backend.book(me, bookingFor(slotOf('kort', '09:00')));
    const later = await backend.book(me, bookingFor(slotOf('kort', '09:00', '2026-12-01')));
    const cancelled = await backend.book(me, bookingFor(slotOf('kort', '09:10', '2026-12-01')));
    await backend.cancel(me, { reference: cancelled.reference });
    await backend.book({ lang: 'da', personId: 'person-b' }, bookingFor(slotOf('kort', '09:20')));
    await backend.book(da, bookingFor(slotOf('kort', '09:30')));
    const list = await backend.appointments(me, {});
    assert.deepEqual(
      list.map((appointment) => [appointment.reference, appointment.status, appointment.token]),
      [
        [cancelled.reference, 'cancelled', undefined],
        [later.reference, 'booked', undefined],
        [old.reference, 'booked', undefined],
      ],
    );
    clock.advance(92 * DAY);
    assert.ok(!(await backend.appointments(me, {})).some((appointment) => appointment.reference === old.reference));
    await assert.rejects(backend.appointments(da, {}), { code: 'auth-required' });
  });

  it('refuses an errand that requires sign-in without a session', async () => {
    const { backend } = harness();
    await assert.rejects(backend.book(da, bookingFor(slotOf('skat'))), { code: 'auth-required' });
    assert.equal((await backend.book({ lang: 'da', personId: 'person-a' }, bookingFor(slotOf('skat')))).status, 'booked');
  });

  it('deletes CPR numbers and contact data the configured number of days after the appointment', async () => {
    const { backend, clock, db } = harness();
    const early = await backend.book(
      da,
      bookingFor(slotOf('pas', '09:00'), 1, { citizen: { name: 'A', cpr: TEST_CPR, phone: '12345678', smsReminder: true } }),
    );
    const late = await backend.book(da, bookingFor(slotOf('pas', '09:00', '2026-12-15'), 2));
    // The first appointment ends 24 November 09:15; 30 days later it is purged, the second not yet.
    clock.current = new Date('2026-12-24T08:16:00Z');
    assert.equal(await purgeExpiredPersonalData(db, clock, 30), 1);
    const rows = await db.selectFrom('appointments').selectAll().orderBy('starts_at').execute();
    const [purged, kept] = rows;
    assert.equal(purged?.reference, early.reference);
    assert.deepEqual(
      [purged?.cpr_encrypted, purged?.email, purged?.phone, purged?.citizen_name, purged?.sms_reminder],
      [null, null, null, null, false],
    );
    assert.ok(purged?.personal_data_purged_at);
    assert.equal(kept?.reference, late.reference);
    assert.ok(kept?.cpr_encrypted && kept.email);
    // The reference and times stay; the answer simply has no name.
    const [answer] = await backend.appointments({ lang: 'da', token: early.token }, { reference: early.reference });
    assert.equal(answer?.start, early.start);
    assert.equal(answer?.citizenName, undefined);
    assert.equal(await purgeExpiredPersonalData(db, clock, 30), 0);
  });
});
