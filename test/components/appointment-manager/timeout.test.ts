import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { bookOne, fixedNow, mountManager } from './manager-object.js';

describe('<bt-appointment-manager timeout>', function () {
  this.timeout(20000);

  it('a lookup that never answers is given up on after `timeout` ms, said, and retried', async () => {
    const adapter = new MemoryAdapter({ now: fixedNow, occupancy: 0 });
    const appointment = await bookOne(adapter);
    const getAppointments = adapter.getAppointments.bind(adapter);
    adapter.getAppointments = () => new Promise(() => undefined);
    const page = await mountManager(undefined, {});
    page.el.setAttribute('timeout', '300');
    expect(page.el.timeout).to.equal(300);
    page.el.adapter = adapter;
    page.el.reference = appointment.reference;
    page.el.token = appointment.token!;
    await page.waitForAlert('svarer ikke lige nu');
    adapter.getAppointments = getAppointments;
    await page.press('Prøv igen');
    await page.waitForHeading('Din tid');
  });
});
