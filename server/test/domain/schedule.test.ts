import assert from 'node:assert/strict';
import { it } from 'node:test';
import { da, onEachEngine } from './harness.js';

const week = (from: string, to: string, lang: 'da' | 'en' = 'da') => ({
  lang,
  query: { serviceId: 'pas', locationId: 'raadhus', from, to },
});

onEachEngine('slots from the configuration', (harness) => {
  it('names holidays, the office’s own closures and weekends as closed days, in the caller’s language', async () => {
    const { backend } = harness();
    const { lang, query } = week('2026-12-05', '2026-12-08', 'en');
    const closures = await backend.availability({ lang }, query);
    assert.deepEqual(closures.closedDays, [
      { date: '2026-12-05', reason: 'Closed (weekend)' },
      { date: '2026-12-06', reason: 'Closed (weekend)' },
      { date: '2026-12-07', reason: 'Moving house' },
      { date: '2026-12-08', reason: 'Moving house' },
    ]);
    assert.equal(closures.slots.length, 0);
    const christmas = await backend.availability(da, week('2026-12-23', '2026-12-28').query);
    assert.deepEqual(christmas.closedDays, [
      { date: '2026-12-24', reason: 'Juleaftensdag' },
      { date: '2026-12-25', reason: 'Juledag' },
      { date: '2026-12-26', reason: '2. juledag' },
      { date: '2026-12-27', reason: 'Lukket (weekend)' },
    ]);
    assert.deepEqual(new Set(christmas.slots.map((slot) => slot.start.slice(0, 10))), new Set(['2026-12-23', '2026-12-28']));
  });

  it('gives slots every errand length within the opening hours, around the break, with the capacity as remaining', async () => {
    const { backend } = harness();
    const { slots } = await backend.availability(da, week('2026-11-24', '2026-11-24').query);
    assert.equal(slots.length, 12 + 10);
    assert.deepEqual(slots[0], {
      id: 'raadhus:pas:2026-11-24T09:00',
      serviceId: 'pas',
      locationId: 'raadhus',
      start: '2026-11-24T09:00:00+01:00',
      end: '2026-11-24T09:15:00+01:00',
      remaining: 3,
    });
    assert.ok(!slots.some((slot) => slot.start >= '2026-11-24T12:00' && slot.start < '2026-11-24T12:30'));
    assert.equal(slots.at(-1)?.start, '2026-11-24T14:45:00+01:00');
  });

  it('offers only slots that start after now, and none beyond the horizon', async () => {
    const { backend, clock } = harness();
    clock.current = new Date('2026-11-24T09:40:00Z'); // 10:40 in Copenhagen
    const today = await backend.availability(da, week('2026-11-23', '2026-11-24').query);
    assert.equal(today.slots[0]?.start, '2026-11-24T10:45:00+01:00');
    const beyond = await backend.availability(da, week('2028-01-03', '2028-01-14').query);
    assert.deepEqual(beyond.slots, []);
  });

  it('writes slot times with the offset in force across the changes to and from summer time', async () => {
    const { backend } = harness();
    // Summer time starts on Sunday 28 March 2027 (Easter: the office is closed from Thursday to Monday).
    const spring = await backend.availability(da, week('2027-03-24', '2027-03-30').query);
    const firstOn = (date: string, slots = spring.slots) => slots.find((slot) => slot.start.startsWith(date))?.start;
    assert.equal(firstOn('2027-03-24'), '2027-03-24T09:00:00+01:00');
    assert.equal(firstOn('2027-03-30'), '2027-03-30T09:00:00+02:00');
    assert.equal(spring.slots.find((slot) => slot.start.startsWith('2027-03-30'))?.end, '2027-03-30T09:15:00+02:00');
    const autumn = await backend.availability(da, week('2027-10-29', '2027-11-01').query);
    assert.equal(firstOn('2027-10-29', autumn.slots), '2027-10-29T09:00:00+02:00');
    assert.equal(firstOn('2027-11-01', autumn.slots), '2027-11-01T09:00:00+01:00');
  });

  it('refuses ranges and ids as the MemoryAdapter does', async () => {
    const { backend } = harness();
    const ask = (query: Partial<ReturnType<typeof week>['query']>) =>
      backend.availability(da, { ...week('2026-12-01', '2026-12-31').query, ...query });
    await assert.rejects(ask({ from: '2026-13-01' }), { code: 'validation', details: { fields: { from: 'invalid' } } });
    await assert.rejects(ask({ to: 'tomorrow' }), { code: 'validation', details: { fields: { to: 'invalid' } } });
    await assert.rejects(ask({ to: '2026-11-30' }), { code: 'validation', details: { fields: { to: 'before-from' } } });
    await assert.rejects(ask({ to: '2027-03-03' }), { code: 'validation', details: { fields: { to: 'range-too-long' } } });
    await ask({ to: '2027-03-02' });
    await assert.rejects(ask({ serviceId: 'nope' }), { code: 'not-found' });
    await assert.rejects(ask({ locationId: 'nope' }), { code: 'not-found' });
    await assert.rejects(backend.hold(da, { slotId: 'raadhus:kort:2026-11-24T09:00', serviceId: 'pas', locationId: 'raadhus' }), {
      code: 'validation',
      details: { fields: { slotId: 'mismatch' } },
    });
    await assert.rejects(backend.hold(da, { slotId: 'not a slot', serviceId: 'pas', locationId: 'raadhus' }), {
      code: 'validation',
      details: { fields: { slotId: 'invalid' } },
    });
    // A slot off the grid, on a closed day or in the past is not there to take.
    for (const slotId of ['raadhus:pas:2026-11-24T09:05', 'raadhus:pas:2026-12-07T09:00', 'raadhus:pas:2026-11-20T09:00']) {
      await assert.rejects(backend.hold(da, { slotId, serviceId: 'pas', locationId: 'raadhus' }), { code: 'slot-taken' });
    }
  });

  it('answers the catalogue in Danish or English', async () => {
    const { backend } = harness();
    assert.deepEqual(
      (await backend.services({ lang: 'en' }, { locationId: 'raadhus' })).map((service) => service.name),
      ['Passport', 'Health card', 'Tax'],
    );
    assert.equal((await backend.locations(da))[0]?.name, 'Rådhuset');
    await assert.rejects(backend.services(da, { locationId: 'nope' }), { code: 'not-found' });
  });
});
