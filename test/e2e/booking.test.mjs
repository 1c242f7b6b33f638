// A citizen books on the demo page, end to end in Chromium: the real page, the real elements,
// the REST adapter over msw's service worker, in Danish and English, at phone and desktop size.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { openDemo, startDemo, storedEverywhere } from './support/harness.mjs';
import { axeViolations, backend, citizen, CITIZEN, qrPixels, TEXT } from './support/citizen.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

/** The CPR as typed and as digits. */
const cprForms = [CITIZEN.cpr, CITIZEN.cprDigits];

for (const [lang, viewport] of [
  ['da', { width: 1280, height: 900 }],
  ['en', { width: 360, height: 740 }],
]) {
  describe(`a full booking (${lang}, ${viewport.width} px)`, () => {
    it('books, gives a receipt with calendar file and QR code, passes axe at every step, and never stores the CPR', async () => {
      const { context, page, consoleMessages, requestUrls } = await openDemo(demo, { lang, viewport });
      const steps = citizen(page, lang);
      const violations = {};
      try {
        violations.errand = await axeViolations(page);
        await steps.chooseErrand();
        await page.locator('bt-slot-calendar td button').first().waitFor();
        violations.calendar = await axeViolations(page);
        const timeLabel = await steps.pickFirstAvailableTime();
        assert.match(
          timeLabel,
          lang === 'da' ? /^\p{L}+dag \d+\. \p{L}+ \d{4} kl\. \d\d\.\d\d$/u : /^\p{L}+day \d+ \p{L}+ \d{4} at \d\d:\d\d$/u,
        );
        violations.detailsEmpty = await axeViolations(page);
        await steps.fillDetails();
        await steps.submitDetails();
        violations.summary = await axeViolations(page);
        await steps.confirmButton().click();
        const reference = await steps.receiptReference();
        violations.receipt = await axeViolations(page);
        for (const [step, list] of Object.entries(violations)) assert.deepEqual(list, [], `axe at ${step}`);

        const bookings = await backend(page).bookings();
        assert.equal(bookings.length, 1);
        assert.equal(bookings[0].appointment?.reference ?? bookings[0].reference, reference);

        // "Tilføj til kalender": a real iCalendar parser reads the downloaded file.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: steps.t.addToCalendar }).click(),
        ]);
        const ics = await readFile(await download.path(), 'utf8');
        const calendar = new ICAL.Component(ICAL.parse(ics));
        for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
        const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
        assert.match(event.summary, steps.t.passport);
        assert.match(event.description, new RegExp(reference));
        assert.equal(event.startDate.zone.tzid, 'Europe/Copenhagen');
        const shownTime = timeLabel.match(/(\d\d)[.:](\d\d)$/);
        assert.equal(event.startDate.hour, Number(shownTime[1]));
        assert.equal(event.startDate.minute, Number(shownTime[2]));

        // The QR code, decoded by a real decoder, carries the reference.
        const pixels = await qrPixels(page);
        const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
        assert.equal(decoded?.data, reference);

        // The CPR number is nowhere a browser keeps or shows outside the form.
        const everywhere = `${await storedEverywhere(page)}\n${requestUrls.join('\n')}\n${consoleMessages.join('\n')}\n${ics}`;
        for (const form of cprForms) assert.equal(everywhere.includes(form), false, `CPR (${form}) leaked`);
        assert.match(await storedEverywhere(page), new RegExp(reference), 'the booking itself survives in the demo store');
      } finally {
        await context.close();
      }
    });
  });
}

describe('confirming', () => {
  it('makes exactly one booking on a double click followed by Enter spam', async () => {
    const { context, page } = await openDemo(demo);
    const steps = citizen(page);
    try {
      await steps.reachSummary();
      const confirm = steps.confirmButton();
      await confirm.dblclick();
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('Enter');
      await steps.receiptReference();
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Enter');
      await page.waitForTimeout(600);
      assert.equal((await backend(page).bookings()).length, 1);
    } finally {
      await context.close();
    }
  });

  it('recovers when someone else takes the time while the citizen fills in, keeping every detail', async () => {
    const { context, page } = await openDemo(demo);
    const steps = citizen(page);
    try {
      await steps.reachSummary();
      await backend(page).takeHeldSlot();
      await steps.confirmButton().click();
      await page.getByRole('heading', { name: steps.t.timeHeading }).waitFor();
      await page.getByText(steps.t.slotTaken).waitFor();
      // The same day is still chosen, so another time is one click away, and since every
      // detail was kept the citizen goes straight back to "Tjek dine svar".
      const time = page.locator('bt-slot-calendar [part~="time"]').first();
      await time.click();
      await page.getByRole('heading', { name: steps.t.summaryHeading }).waitFor();
      const summary = await page
        .locator('bt-booking')
        .evaluate((el) => el.shadowRoot.querySelector('[part~="summary"]').textContent);
      for (const kept of [CITIZEN.name, CITIZEN.email, '010190-']) assert.ok(summary.includes(kept), `summary keeps ${kept}`);
      // And the form still holds what was typed, CPR included.
      await page.getByRole('button', { name: /^Ret.*navn/i }).click();
      await page.getByRole('heading', { name: steps.t.detailsHeading, exact: true }).waitFor();
      assert.equal(await page.getByLabel(steps.t.name, { exact: true }).inputValue(), CITIZEN.name);
      assert.equal(await page.getByLabel(steps.t.phone, { exact: true }).inputValue(), CITIZEN.phone);
      assert.equal((await page.getByLabel(steps.t.cpr, { exact: true }).inputValue()).replace(/\D/g, ''), CITIZEN.cprDigits);
      await steps.submitDetails();
      await steps.confirmButton().click();
      await steps.receiptReference();
      assert.equal((await backend(page).bookings()).length, 1);
    } finally {
      await context.close();
    }
  });

  it('explains a failing backend, keeps everything, and books once on retry', async () => {
    const { context, page } = await openDemo(demo, { lang: 'en' });
    const steps = citizen(page, 'en');
    try {
      await steps.reachSummary();
      await backend(page).failNextBooking(503);
      await steps.confirmButton().click();
      await page.getByText(steps.t.unavailable).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      assert.equal((await backend(page).bookings()).length, 0);
      await page.getByRole('button', { name: steps.t.retry }).click();
      await steps.receiptReference();
      assert.equal((await backend(page).bookings()).length, 1);
    } finally {
      await context.close();
    }
  });
});

describe('after booking', () => {
  it('prints the receipt alone, and the booking survives a reload without its CPR', async () => {
    const { context, page } = await openDemo(demo);
    const steps = citizen(page);
    try {
      await steps.reachSummary();
      await steps.confirmButton().click();
      const reference = await steps.receiptReference();

      // Keep the print state the button sets up (a real print dialog would hold it too).
      await page.evaluate(() => {
        window.print = () => {};
      });
      await page.getByRole('button', { name: 'Udskriv' }).click();
      await page.emulateMedia({ media: 'print' });
      const visible = await page.evaluate(() => {
        const shown = (element) => element.checkVisibility();
        const booking = document.querySelector('bt-booking');
        const receipt = booking.shadowRoot.querySelector('bt-receipt');
        return {
          header: shown(document.querySelector('.site-header')),
          heading: shown(document.querySelector('h1')),
          aside: shown(document.querySelector('.facts')),
          steps: [...booking.shadowRoot.querySelectorAll('[part~="steps"]')].some(shown),
          receipt: shown(receipt),
          reference: shown(receipt.shadowRoot.querySelector('[part~="reference-value"]')),
          buttons: [...receipt.shadowRoot.querySelectorAll('button')].some(shown),
        };
      });
      assert.deepEqual(visible, {
        header: false,
        heading: false,
        aside: false,
        steps: false,
        receipt: true,
        reference: true,
        buttons: false,
      });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      assert.equal(
        await page.evaluate(() => document.querySelector('h1').checkVisibility()),
        true,
        'the page prints whole again after printing',
      );
      await page.emulateMedia({ media: 'screen' });

      await page.reload();
      await page.waitForFunction(() => window.borgertidDemo);
      const bookings = await backend(page).bookings();
      assert.equal(bookings.length, 1);
      assert.match(JSON.stringify(bookings), new RegExp(reference));
      assert.equal((await storedEverywhere(page)).includes(CITIZEN.cprDigits), false);
    } finally {
      await context.close();
    }
  });
});

describe('the page around it', () => {
  it('switches language mid-flow without losing what was typed', async () => {
    const { context, page } = await openDemo(demo);
    const steps = citizen(page);
    try {
      await steps.chooseErrand();
      await steps.pickFirstAvailableTime();
      await steps.fillDetails();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Your details', exact: true }).waitFor();
      assert.equal(await page.getByLabel('Full name', { exact: true }).inputValue(), CITIZEN.name);
      assert.equal(await page.getByLabel('Email address', { exact: true }).inputValue(), CITIZEN.email);
    } finally {
      await context.close();
    }
  });

  it('shows the same Copenhagen times whatever the browser time zone', async () => {
    const labels = [];
    for (const timezoneId of ['Europe/Copenhagen', 'America/Los_Angeles', 'Asia/Tokyo']) {
      const { context, page } = await openDemo(demo, { timezoneId });
      try {
        await citizen(page).chooseErrand();
        await page.getByRole('button', { name: TEXT.da.firstAvailable }).click();
        const time = page.locator('bt-slot-calendar [part~="time"]').first();
        await time.waitFor();
        labels.push(
          await page
            .locator('bt-slot-calendar [part~="time"]')
            .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label'))),
        );
      } finally {
        await context.close();
      }
    }
    assert.ok(labels[0].length > 0);
    assert.deepEqual(labels[1], labels[0]);
    assert.deepEqual(labels[2], labels[0]);
  });
});
