// The citizen's whole journey on the demo by keyboard alone, in Chromium: book on index.html,
// follow the receipt's "change or cancel" link to min-tid.html, move the time, then cancel it.
// No mouse and no programmatic focus: every step is a key press, and after every step the test
// checks where focus went (never left on <body>), what axe says, and what the backend kept.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDemo, startDemo, storedEverywhere } from './support/harness.mjs';
import { axeViolations, CITIZEN, TEXT } from './support/citizen.mjs';
import {
  chooseRadio,
  expectFocus,
  isOffered,
  MANAGE_TEXT,
  pressUntilFocused,
  pressUntilNamed,
  storedBookings,
} from './support/manage.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

/** Any day of the calendar: "mandag 30. november 2026, 11 ledige tider". */
const DAY = /\d{4}, /;
/** A day button that offers at least two times (one to book, another to move to). */
const DAY_WITH_TIMES = /, ([2-9]|\d\d+) (ledige tider|available times)$/;
/** The heading over a day's times: "Ledige tider tirsdag 1. december 2026". */
const TIMES_HEADING = /^(Ledige tider|Available times) \p{L}/u;
/** A time button: "tirsdag 1. december 2026 kl. 10.15" / "Tuesday 1 December 2026 at 10:15". */
const TIME = /(kl\. \d\d\.\d\d|at \d\d:\d\d)$/;

/** "10.15" (da) or "10:15" (en): how a time is written, in Copenhagen. */
function timeOf(iso, lang) {
  const time = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));
  return time.replace(/[.:]/, lang === 'da' ? '.' : ':');
}

/** A time as a pattern (its "." taken literally). */
const timePattern = (iso, lang) => timeOf(iso, lang).replace('.', '\\.');

/** Switches the page's language with its own button, by keyboard. */
async function switchLanguage(page, lang) {
  const button = page.getByRole('button', { name: MANAGE_TEXT[lang].language, exact: true });
  await pressUntilFocused(page, button, `the "${MANAGE_TEXT[lang].language}" button`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
  await expectFocus(page, button, 'the language button just pressed');
}

async function assertAxeClean(page, state) {
  assert.deepEqual(await axeViolations(page), [], `axe on the manager (${state})`);
}

for (const [lang, viewport] of [
  ['da', { width: 1280, height: 900 }],
  ['en', { width: 360, height: 740 }],
]) {
  describe(`book, change and cancel by keyboard alone (${lang}, ${viewport.width} px)`, () => {
    it('follows the receipt’s link, moves the time, cancels, and leaves the backend with both times free', async () => {
      const { context, page, consoleMessages, requestUrls } = await openDemo(demo, { viewport });
      const visited = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) visited.push(frame.url());
      });
      const t = TEXT[lang];
      const m = MANAGE_TEXT[lang];
      const manager = page.locator('bt-appointment-manager');
      try {
        // ---- 1. Book on index.html ---------------------------------------------------------
        await page.getByRole('radio', { name: t.centrum }).waitFor();
        if (lang === 'en') await switchLanguage(page, 'en');
        await chooseRadio(page, page.getByRole('radio', { name: t.centrum }), 'the office Borgerservice Centrum');
        await chooseRadio(page, page.getByRole('radio', { name: t.passport }), `the errand ${t.passport.source}`);
        await pressUntilFocused(page, page.getByRole('button', { name: t.continue, exact: true }), `"${t.continue}"`);
        await page.keyboard.press('Enter');
        await expectFocus(page, page.getByRole('heading', { name: t.timeHeading }), `the heading "${t.timeHeading}"`);

        // Into the grid at its one tab stop, then along the days to one with free times.
        await page.getByRole('button', { name: DAY_WITH_TIMES }).first().waitFor();
        await pressUntilNamed(page, DAY, "the calendar's days");
        await pressUntilNamed(page, DAY_WITH_TIMES, 'a day with free times', { key: 'ArrowRight' });
        await page.keyboard.press('Enter');
        await expectFocus(page, page.getByRole('heading', { name: TIMES_HEADING }), 'the heading over the day’s times');
        const bookedLabel = await pressUntilNamed(page, TIME, 'a free time');
        await page.keyboard.press('Enter');
        await expectFocus(page, page.getByRole('heading', { name: t.detailsHeading, exact: true }), `"${t.detailsHeading}"`);

        await pressUntilFocused(page, page.getByLabel(t.name, { exact: true }), `the field "${t.name}"`);
        await page.keyboard.type(CITIZEN.name);
        await pressUntilFocused(page, page.getByLabel(t.cpr, { exact: true }), `the field "${t.cpr}"`);
        await page.keyboard.type(CITIZEN.cprDigits);
        await pressUntilFocused(page, page.getByLabel(t.email, { exact: true }), `the field "${t.email}"`);
        await page.keyboard.type(CITIZEN.email);
        const submit = page.locator('bt-contact-form').getByRole('button', { name: t.continue, exact: true });
        await pressUntilFocused(page, submit, `the form's "${t.continue}"`);
        await page.keyboard.press('Enter');
        await expectFocus(page, page.getByRole('heading', { name: t.summaryHeading }), `"${t.summaryHeading}"`);
        await pressUntilFocused(page, page.getByRole('button', { name: t.confirm }), `"${t.confirm}"`);
        await page.keyboard.press('Enter');
        await expectFocus(page, page.getByRole('heading', { name: t.booked }), `the receipt's heading "${t.booked}"`, 8000);

        const [booked] = await storedBookings(page);
        assert.equal(booked?.status, 'booked');
        const reference = booked.reference;
        assert.ok(
          await page.locator('bt-booking').getByText(reference, { exact: true }).isVisible(),
          'the receipt shows the reference',
        );
        assert.match(bookedLabel, new RegExp(`${timePattern(booked.start, lang)}$`), 'the stored booking is at the chosen time');

        // ---- 2. Follow the receipt's link --------------------------------------------------
        await pressUntilFocused(page, page.getByRole('link', { name: m.manageLink }), `the receipt's link "${m.manageLink}"`);
        await page.keyboard.press('Enter');
        await page.waitForURL(/min-tid\.html/);

        // ---- 3. The manager opened the appointment, and the token left the address bar ------
        // The demo remembers the language chosen on the booking page, and focus is on the
        // appointment's heading.
        await expectFocus(
          page,
          manager.getByRole('heading', { name: m.heading, exact: true }),
          `the heading "${m.heading}"`,
          8000,
        );
        assert.equal(
          await page.evaluate(() => document.documentElement.lang),
          lang,
          'the manage page opens in the citizen’s language',
        );
        assert.equal(page.url().includes('token='), false, `the address bar keeps the token: ${page.url()}`);
        assert.equal(await page.evaluate(() => location.hash), '', 'no fragment is left behind');
        await manager.getByText(reference, { exact: true }).waitFor();
        await manager.getByText(m.booked, { exact: true }).waitFor();
        await assertAxeClean(page, 'opened from the link');

        // ---- 4. Move the time --------------------------------------------------------------
        await pressUntilFocused(page, manager.getByRole('button', { name: m.move, exact: true }), `"${m.move}"`);
        await page.keyboard.press('Enter');
        await expectFocus(page, manager.getByRole('heading', { name: m.moveHeading, exact: true }), `"${m.moveHeading}"`);
        await manager.getByRole('button', { name: TIME }).first().waitFor();
        await assertAxeClean(page, 'choosing a new time');
        const newLabel = await pressUntilNamed(page, TIME, 'another free time', {
          accept: (name) => name !== bookedLabel,
        });
        await page.keyboard.press('Enter');
        const confirmMove = manager.getByRole('button', { name: m.confirmMove, exact: true });
        await expectFocus(page, confirmMove, `"${m.confirmMove}"`, 8000);
        await assertAxeClean(page, 'a new time chosen');
        await page.keyboard.press('Enter');
        await expectFocus(page, manager.getByRole('heading', { name: m.moved }), `the receipt's heading "${m.moved}"`, 8000);
        await manager.getByText(new RegExp(`^${m.movedFrom} .*${timePattern(booked.start, lang)}`)).waitFor();
        await assertAxeClean(page, 'moved');

        const [moved] = await storedBookings(page);
        assert.equal(moved.reference, reference);
        assert.equal(moved.status, 'booked');
        assert.notEqual(moved.slotId, booked.slotId);
        assert.match(newLabel, new RegExp(`${timePattern(moved.start, lang)}$`), 'the backend has the booking at the new time');
        await manager
          .locator('bt-receipt')
          .getByText(new RegExp(`${timePattern(moved.start, lang)}–`))
          .first()
          .waitFor();
        assert.equal(await isOffered(page, booked), true, 'the old time is free again');
        assert.equal(await isOffered(page, moved), false, 'the new time is taken');

        // The calendar offers the old time to anyone again; the citizen keeps the new one.
        await pressUntilFocused(page, manager.getByRole('button', { name: m.move, exact: true }), `"${m.move}" after the move`);
        await page.keyboard.press('Enter');
        await expectFocus(page, manager.getByRole('heading', { name: m.moveHeading, exact: true }), `"${m.moveHeading}"`);
        await manager.getByRole('button', { name: bookedLabel, exact: true }).waitFor();
        assert.equal(
          await manager.getByRole('button', { name: newLabel, exact: true }).count(),
          0,
          'the new time is not offered',
        );
        await pressUntilFocused(page, manager.getByRole('button', { name: m.keepTime, exact: true }), `"${m.keepTime}"`);
        await page.keyboard.press('Enter');
        await expectFocus(page, manager.getByRole('heading', { name: m.heading, exact: true }), `the heading "${m.heading}"`);
        const shownTime = manager.getByRole('definition').filter({ hasText: new RegExp(`${timePattern(moved.start, lang)}–`) });
        assert.equal(await shownTime.count(), 1, 'the appointment shows the new time');
        assert.equal(
          await manager.getByText(new RegExp(`${timePattern(booked.start, lang)}–`)).count(),
          0,
          'and not the old one',
        );

        // ---- 5. Cancel ---------------------------------------------------------------------
        await pressUntilFocused(page, manager.getByRole('button', { name: m.cancel, exact: true }), `"${m.cancel}"`);
        await page.keyboard.press('Enter');
        const dialog = manager.getByRole('dialog', { name: m.cancelTitle });
        await dialog.waitFor();
        await expectFocus(
          page,
          dialog.getByRole('button', { name: m.keepAppointment }),
          `the safe choice "${m.keepAppointment}"`,
        );
        await assertAxeClean(page, 'asking before cancelling');
        await page.keyboard.press('Tab');
        await expectFocus(page, dialog.getByRole('button', { name: m.confirmCancel }), `"${m.confirmCancel}", one Tab on`);
        await page.keyboard.press('Enter');
        await expectFocus(page, manager.getByRole('heading', { name: m.headingCancelled }), `"${m.headingCancelled}"`, 8000);
        await manager.getByText(m.cancelled, { exact: true }).waitFor();
        assert.equal(await dialog.count(), 0, 'the dialog is closed');
        await assertAxeClean(page, 'cancelled');

        const [cancelled] = await storedBookings(page);
        assert.equal(cancelled.reference, reference);
        assert.equal(cancelled.status, 'cancelled');
        assert.equal(await isOffered(page, booked), true, 'the first time is free');
        assert.equal(await isOffered(page, moved), true, 'the time it moved to is free');

        // ---- 6. The CPR number went nowhere a browser keeps, sends or logs; the token no URL ----
        const history = await page.evaluate(() => `${history.length} ${JSON.stringify(history.state)} ${location.href}`);
        const everywhere = [await storedEverywhere(page), history, ...visited, ...requestUrls, ...consoleMessages].join('\n');
        for (const form of [CITIZEN.cpr, CITIZEN.cprDigits])
          assert.equal(everywhere.includes(form), false, `CPR (${form}) leaked`);
        for (const url of requestUrls) assert.equal(url.includes(booked.token), false, `a request carries the token: ${url}`);
        for (const url of visited.slice(visited.findIndex((url) => url.includes('min-tid')) + 1))
          assert.equal(url.includes('token='), false, `a later address keeps the token: ${url}`);
      } finally {
        await context.close();
      }
    });
  });
}
