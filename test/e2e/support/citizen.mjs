// A citizen's steps through the demo, in either language, by roles and labels only: what a
// screen-reader user hears is what these locators find.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const TEXT = {
  da: {
    centrum: /Borgerservice Centrum/,
    passport: /Pas – fornyelse/,
    continue: 'Fortsæt',
    firstAvailable: 'Første ledige tid',
    timeHeading: 'Vælg dag og tid',
    detailsHeading: 'Dine oplysninger',
    summaryHeading: 'Tjek dine svar',
    name: 'Fulde navn',
    cpr: 'CPR-nummer',
    email: 'E-mail',
    phone: 'Mobilnummer',
    confirm: 'Bekræft og bestil tiden',
    booked: 'Din tid er bestilt',
    addToCalendar: 'Tilføj til kalender',
    slotTaken: /optaget af en anden/,
    retry: 'Prøv at bestille igen',
    unavailable: /kan ikke nås lige nu/,
  },
  en: {
    centrum: /Borgerservice Centrum/,
    passport: /Passport – renewal/,
    continue: 'Continue',
    firstAvailable: 'First available time',
    timeHeading: 'Choose a day and time',
    detailsHeading: 'Your details',
    summaryHeading: 'Check your answers',
    name: 'Full name',
    cpr: 'CPR number',
    email: 'Email address',
    phone: 'Mobile number',
    confirm: 'Confirm and book',
    booked: 'Your appointment is booked',
    addToCalendar: 'Add to calendar',
    slotTaken: /someone else has just taken/,
    retry: 'Try booking again',
    unavailable: /cannot be reached right now/,
  },
};

export const CITIZEN = {
  name: 'Karen Jensen',
  cpr: '010190-1234',
  cprDigits: '0101901234',
  email: 'karen@example.dk',
  phone: '12 34 56 78',
};

/** Runs axe over the whole page, shadow roots included; returns the violations. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
  });
}

export function citizen(page, lang = 'da') {
  const t = TEXT[lang];
  return {
    t,
    async chooseErrand() {
      await page.getByRole('radio', { name: t.centrum }).check();
      await page.getByRole('radio', { name: t.passport }).check();
      await page.getByRole('button', { name: t.continue, exact: true }).click();
      await page.getByRole('heading', { name: t.timeHeading }).waitFor();
    },
    /** Uses "first available time"; returns the chosen time button's accessible name. */
    async pickFirstAvailableTime() {
      await page.getByRole('button', { name: t.firstAvailable }).click();
      const time = page.locator('bt-slot-calendar [part~="time"]').first();
      await time.waitFor();
      const label = await time.getAttribute('aria-label');
      await time.click();
      await page.getByRole('heading', { name: t.detailsHeading, exact: true }).waitFor();
      return label;
    },
    async fillDetails(details = CITIZEN) {
      await page.getByLabel(t.name, { exact: true }).fill(details.name);
      await page.getByLabel(t.cpr, { exact: true }).fill(details.cpr);
      await page.getByLabel(t.email, { exact: true }).fill(details.email);
      await page.getByLabel(t.phone, { exact: true }).fill(details.phone);
    },
    async submitDetails() {
      await page.locator('bt-contact-form').getByRole('button', { name: t.continue, exact: true }).click();
      await page.getByRole('heading', { name: t.summaryHeading }).waitFor();
    },
    /** Errand, first free time and the citizen's details: on to "Tjek dine svar". */
    async reachSummary() {
      await this.chooseErrand();
      await this.pickFirstAvailableTime();
      await this.fillDetails();
      await this.submitDetails();
    },
    confirmButton() {
      return page.getByRole('button', { name: t.confirm });
    },
    async receiptReference() {
      await page.getByRole('heading', { name: t.booked }).waitFor();
      return (await page.locator('bt-receipt [part~="reference-value"]').textContent()).trim();
    },
  };
}

/** The demo's in-browser backend, as the mock server sees it. */
export function backend(page) {
  return {
    bookings: () => page.evaluate(() => window.borgertidDemo.adapter.snapshot().bookings),
    /** Someone else books the citizen's held time: the hold lapses, the place is taken. */
    takeHeldSlot: () =>
      page.evaluate(async () => {
        const { adapter } = window.borgertidDemo;
        for (const hold of adapter.snapshot().holds) {
          await adapter.releaseHold({ holdId: hold.id });
          adapter.takeSlot(hold.slotId);
        }
      }),
    failNextBooking: (status) =>
      page.evaluate((status) => {
        window.borgertidDemo.controls.failNext = { status, path: '/appointments', method: 'POST' };
      }, status),
  };
}

/** Draws the receipt's QR code into pixels (in the page) for a decoder outside it. */
export async function qrPixels(page) {
  return page.evaluate(async () => {
    const host = document.querySelector('bt-booking').shadowRoot.querySelector('bt-receipt');
    const svg = host.shadowRoot.querySelector('[part~="qr"] svg, svg[part~="qr"]');
    const markup = new XMLSerializer().serializeToString(svg);
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    await image.decode();
    const size = 400;
    const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(image, 0, 0, size, size);
    return { width: size, height: size, data: Array.from(context.getImageData(0, 0, size, size).data) };
  });
}
