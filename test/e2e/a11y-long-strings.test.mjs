// Long and odd backend strings never make the page wider than a 320 px phone: every element,
// given errand names, addresses, notes, references and reasons of one unbroken 1,000-character
// word, 10,000 characters, an RTL override and a run of emoji, wraps them instead of pushing
// the page sideways (`scrollWidth <= clientWidth` of the page).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo } from './support/harness.mjs';
import { openBarePage } from './support/a11y-page.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

/** Sets up `window.odd`: the strings, and an adapter whose every text is one of them. */
async function installOddData(page) {
  await page.evaluate(() => {
    const { fixture } = window;
    const word = `Langtordsomikkekanbrydes${'Borgerservicekørekortfornyelse'.repeat(33)}`;
    const strings = {
      word,
      huge: `Tititusindtegn${'x'.repeat(10_000)}`,
      rtl: `Omvendt\u202e${'gnaltegnaltegnal'.repeat(40)}`,
      emoji: `Emoji${'👩‍👩‍👧‍👦🇩🇰'.repeat(300)}`,
    };
    const location = {
      id: 'centrum',
      name: strings.word,
      address: { street: strings.huge, postalCode: '8000', city: strings.rtl },
      openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, intervals: [{ open: '09:00', close: '15:00' }] })),
      phone: `+45 ${'0'.repeat(80)} ${strings.rtl}`,
      accessibilityNote: strings.emoji,
    };
    const service = {
      id: 'pas',
      name: `${strings.word} ${strings.emoji}`,
      category: strings.word,
      description: strings.huge,
      durationMinutes: 15,
      documentsToBring: [strings.huge, strings.rtl, strings.emoji],
      requiresLogin: false,
    };
    const slot = (date, time, end) => ({
      id: `${date}-${time}`,
      serviceId: 'pas',
      locationId: 'centrum',
      start: fixture.at(date, time),
      end: fixture.at(date, end),
    });
    const appointment = {
      reference: strings.huge,
      status: 'booked',
      service,
      location,
      start: fixture.at('2026-12-07', '09:00'),
      end: fixture.at('2026-12-07', '09:15'),
      token: 'tok',
      citizenName: strings.word,
    };
    const adapter = fixture.adapter({
      locations: [location],
      services: [service],
      availability: (from) => ({
        slots: from.startsWith('2026-12') ? [slot('2026-12-07', '09:00', '09:15'), slot('2026-12-07', '10:00', '10:15')] : [],
        closedDays: [{ date: '2026-12-05', reason: strings.huge }],
      }),
    });
    adapter.getAppointments = async () => [structuredClone(appointment)];
    window.odd = { strings, adapter, appointment };
  });
}

/** Every text of an element and the shadow roots inside it. */
const DEEP_TEXT = `(function deepText(node) {
  let text = '';
  for (const child of (node.shadowRoot ?? node).childNodes) {
    text += child.nodeType === Node.TEXT_NODE ? child.textContent : deepText(child);
  }
  if (node.shadowRoot) for (const child of node.childNodes) text += deepText(child);
  return text;
})`;

/** Whether anything in an element or its shadow roots is still `aria-busy` (loading). */
const DEEP_BUSY = `(function deepBusy(node) {
  if (node.getAttribute?.('aria-busy') === 'true') return true;
  return [...(node.shadowRoot?.children ?? []), ...node.children].some(deepBusy);
})`;

/** Each element as a page would place it, over the odd adapter, and a string it must come to show. */
const ELEMENTS = {
  'bt-service-picker': {
    mount: `const el = document.createElement('bt-service-picker');
      Object.assign(el, { adapter: odd.adapter, clock: fixture.clock });
      el.setAttribute('location', 'centrum');
      el.setAttribute('service', 'pas');
      return el;`,
    shows: 'Langtordsomikkekanbrydes',
  },
  'bt-slot-calendar (a day picked, a notice)': {
    mount: `const el = document.createElement('bt-slot-calendar');
      Object.assign(el, { adapter: odd.adapter, clock: fixture.clock });
      for (const [name, value] of Object.entries({ service: 'pas', location: 'centrum', month: '2026-12', 'selected-date': '2026-12-07', notice: odd.strings.huge }))
        el.setAttribute(name, value);
      return el;`,
    shows: 'Tititusindtegn',
  },
  'bt-booking (errand and office given: the time step)': {
    mount: `const el = document.createElement('bt-booking');
      Object.assign(el, { adapter: odd.adapter, clock: fixture.clock });
      el.setAttribute('service', 'pas');
      el.setAttribute('location', 'centrum');
      return el;`,
    shows: 'Langtordsomikkekanbrydes',
  },
  'bt-receipt': {
    mount: `const el = document.createElement('bt-receipt');
      Object.assign(el, { appointment: structuredClone(odd.appointment), clock: fixture.clock });
      return el;`,
    shows: 'Tititusindtegn',
  },
  'bt-appointment-manager (found by reference)': {
    mount: `const el = document.createElement('bt-appointment-manager');
      Object.assign(el, { adapter: odd.adapter, clock: fixture.clock });
      el.reference = odd.appointment.reference;
      el.token = 'tok';
      return el;`,
    shows: 'Langtordsomikkekanbrydes',
  },
};

describe('long and odd backend strings at 320 px', () => {
  for (const [name, { mount, shows }] of Object.entries(ELEMENTS)) {
    it(`${name} wraps them: the page is no wider than the screen`, async () => {
      const { context, page } = await openBarePage(demo, { viewport: { width: 320, height: 640 } });
      try {
        await installOddData(page);
        await page.evaluate(`document.body.append((() => { const { odd, fixture } = window; ${mount} })())`);
        // Shown, and nothing still loading anywhere inside.
        await page.waitForFunction(
          `${DEEP_TEXT}(document.body).includes(${JSON.stringify(shows)}) && !${DEEP_BUSY}(document.body)`,
          null,
          { timeout: 15_000 },
        );
        const size = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          widest: [...document.body.children].map((el) => `${el.localName} ${Math.round(el.getBoundingClientRect().width)}`),
        }));
        console.log(`${name} at 320 px:`, size);
        assert.ok(
          size.scrollWidth <= size.clientWidth,
          `${name}: page is ${size.scrollWidth} px wide on a ${size.clientWidth} px screen`,
        );
      } finally {
        await context.close();
      }
    });
  }
});
