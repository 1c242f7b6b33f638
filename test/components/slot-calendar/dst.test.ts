import { expect } from '@open-wc/testing';
import { dstCalendar } from './dst-fixture.js';

describe('<bt-slot-calendar> daylight saving days', () => {
  it('29 March 2026 (spring forward): slots on the right day at Copenhagen times', async () => {
    const cal = await dstCalendar('2026-03');
    expect(cal.dayName('2026-03-28')).to.equal('lørdag 28. marts 2026, ingen ledige tider');
    expect(cal.dayName('2026-03-29')).to.equal('søndag 29. marts 2026, 4 ledige tider');
    await cal.pickDay('2026-03-29');
    expect(cal.times).to.deep.equal(['00.30', '01.30', '03.30', '12.00']);
    expect(cal.timeNames[2]).to.equal('søndag 29. marts 2026 kl. 03.30');
  });

  it('25 October 2026 (fall back): both 02.30s, in order, and a late slot given in UTC', async () => {
    const cal = await dstCalendar('2026-10', 'en');
    expect(cal.dayName('2026-10-25')).to.equal('Sunday 25 October 2026, 4 available times');
    await cal.pickDay('2026-10-25');
    expect(cal.times).to.deep.equal(['02:30', '02:30', '13:00', '23:45']);
    expect(cal.timeGroups).to.deep.equal(['Morning', 'Afternoon', 'Evening']);
    // The two 02:30s read the same: the slots they offer tell them apart, in order.
    const offered: string[] = [];
    for (let index = 0; index < cal.times.length; index += 1) offered.push((await cal.pickTime(index)).id);
    expect(offered).to.deep.equal(['o1', 'o2', 'o3', 'o4']);
  });
});
