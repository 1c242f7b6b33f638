import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { AppointmentQuery, CallOptions } from '../../../src/core/adapter.js';
import type { Appointment } from '../../../src/core/types.js';
import { bookOne, fixedNow, mountManager, signedInAuth, type ManagerObject } from './manager-object.js';

const MOVING_DA = 'Flytning – hjælp til at anmelde flytning';
const MOVING_EN = 'Moving – help to report your new address';

/**
 * The sample municipality in Danish and English, answering in the language of the manager it
 * serves (its own `lang` or an ancestor's), as a REST backend answers the Accept-Language the
 * manager sends; it notes every lookup.
 */
class BilingualMemory extends MemoryAdapter {
  page: ManagerObject | undefined;
  lookups: AppointmentQuery[] = [];

  static create(options: MemoryAdapterOptions = {}): BilingualMemory {
    const served: { adapter?: BilingualMemory } = {};
    const lang = () => served.adapter?.page?.el.closest('[lang]')?.getAttribute('lang') ?? 'da';
    served.adapter = new BilingualMemory({ now: fixedNow, occupancy: 0, ...options, lang });
    return served.adapter;
  }

  override getAppointments(query: AppointmentQuery, options?: CallOptions): Promise<Appointment[]> {
    this.lookups.push({ ...query });
    return super.getAppointments(query, options);
  }
}

async function openByLink(adapter: BilingualMemory): Promise<ManagerObject> {
  const appointment = await bookOne(adapter);
  const page = await mountManager(adapter, { reference: appointment.reference, token: appointment.token! });
  adapter.page = page;
  await page.waitForHeading('Din tid');
  return page;
}

/** Whether the manager ever showed a loading status or went busy while `during` ran. */
async function watchFlicker(page: ManagerObject, during: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    if (page.root.querySelector('[role="status"]')) seen.push('status');
    if (page.root.querySelector('[aria-busy="true"]')) seen.push('aria-busy');
    if (page.root.querySelector('[aria-disabled="true"]')) seen.push('aria-disabled');
  });
  observer.observe(page.root, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    await during();
  } finally {
    observer.disconnect();
  }
  return seen;
}

describe('<bt-appointment-manager>: a language change asks the backend again', function () {
  this.timeout(20000);

  it('shows the open appointment’s errand in English after lang="en", without flicker or focus loss', async () => {
    const adapter = BilingualMemory.create();
    const page = await openByLink(adapter);
    await aTimeout(50);
    expect(page.fact('Ærinde')).to.equal(MOVING_DA);
    expect(adapter.lookups, 'one lookup on the first render, none more').to.have.length(1);
    const focused = page.focused;
    expect(focused, 'the heading has focus after opening').to.equal(page.headingElement);

    const flicker = await watchFlicker(page, async () => {
      page.el.lang = 'en';
      await waitUntil(() => page.fact('Errand') === MOVING_EN, 'the errand never came in English', { timeout: 4000 });
      await page.settled();
    });

    expect(page.heading).to.equal('Your appointment');
    expect(adapter.lookups, 'asked again the same way: by reference and token').to.have.length(2);
    expect(adapter.lookups[1]).to.deep.equal(adapter.lookups[0]);
    expect(flicker, 'no loading status, busy or disabled actions on the way').to.deep.equal([]);
    expect(page.focused, 'focus stays where it was').to.equal(focused);
    expect(page.button('Change time')).to.exist;

    // Back to Danish: asked once more; the same language again asks nothing.
    page.el.lang = 'da';
    await waitUntil(() => page.fact('Ærinde') === MOVING_DA, 'errand not Danish again', { timeout: 4000 });
    page.el.lang = 'da';
    await page.settled();
    await aTimeout(50);
    expect(adapter.lookups).to.have.length(3);
  });

  it('follows an ancestor’s lang', async () => {
    const adapter = BilingualMemory.create();
    const page = await openByLink(adapter);
    const wrapper = document.createElement('div');
    wrapper.lang = 'da';
    page.el.replaceWith(wrapper);
    page.el.removeAttribute('lang');
    wrapper.append(page.el);
    await page.settled();
    await aTimeout(50);
    expect(page.fact('Ærinde')).to.equal(MOVING_DA);
    const before = adapter.lookups.length;

    wrapper.lang = 'en';
    await waitUntil(() => page.fact('Errand') === MOVING_EN, 'the errand never came in English', { timeout: 4000 });
    expect(adapter.lookups).to.have.length(before + 1);
    wrapper.remove();
  });

  it('asks again for "Mine aftaler" in the new language, keeping the list on screen', async () => {
    const adapter = BilingualMemory.create({ auth: signedInAuth() });
    await bookOne(adapter);
    const page = await mountManager(adapter);
    adapter.page = page;
    await page.waitForHeading('Mine aftaler');
    const names = () =>
      [...page.root.querySelectorAll('[part~="appointment-item"] .strong')].map((name) => name.textContent?.trim());
    expect(names()).to.deep.equal([MOVING_DA]);

    const flicker = await watchFlicker(page, async () => {
      page.el.lang = 'en';
      await waitUntil(() => names()[0] === MOVING_EN, 'the list never came in English', { timeout: 4000 });
    });
    expect(page.heading).to.equal('My appointments');
    expect(adapter.lookups, 'the list once, then again: no reference, no token').to.deep.equal([{}, {}]);
    expect(flicker).to.deep.equal([]);
  });

  it('does not ask mid-move; the appointment is asked for again once the citizen is back on it', async () => {
    const adapter = BilingualMemory.create();
    const page = await openByLink(adapter);
    await page.press('Ændr tidspunkt');
    await page.waitForHeading('Vælg en ny tid');

    page.el.lang = 'en';
    await page.waitForHeading('Choose a new time');
    await aTimeout(50);
    expect(adapter.lookups, 'nothing asked while moving').to.have.length(1);
    expect(page.root.querySelector('bt-slot-calendar'), 'the move is still on').to.exist;

    await page.press('Keep my current time');
    await page.waitForHeading('Your appointment');
    await waitUntil(() => page.fact('Errand') === MOVING_EN, 'the errand never came in English', { timeout: 4000 });
    expect(adapter.lookups).to.have.length(2);
  });
});
