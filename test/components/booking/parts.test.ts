import { expect, waitUntil } from '@open-wc/testing';
import { BookingError } from '../../../src/core/errors.js';
import { CITIZEN, countingAdapter, mountBooking, type BookingObject } from './booking-object.js';

type Child = 'bt-service-picker' | 'bt-slot-calendar' | 'bt-contact-form' | 'bt-receipt';

/** An `exportparts` value as the browser reads it: each inner part and the names it has outside. */
function exportedParts(host: Element): Map<string, string[]> {
  const exported = new Map<string, string[]>();
  for (const entry of (host.getAttribute('exportparts') ?? '').split(',')) {
    const [inner = '', outer = inner] = entry.split(':').map((name) => name.trim());
    if (inner) exported.set(inner, [...(exported.get(inner) ?? []), outer]);
  }
  return exported;
}

/**
 * The part names an element's shadow root offers to styles outside it: its own `part`s, and
 * those of the elements nested in it (`<bt-cpr-input>` in the form) as they export them. A
 * nested part that is not exported is added to `unexported`.
 */
function partsOffered(host: Element, unexported: string[]): Set<string> {
  const offered = new Set<string>();
  for (const node of host.shadowRoot?.querySelectorAll('*') ?? []) {
    for (const part of node.part) offered.add(part);
    if (!node.shadowRoot) continue;
    const exported = exportedParts(node);
    for (const part of partsOffered(node, unexported)) {
      const outer = exported.get(part);
      if (outer) outer.forEach((name) => offered.add(name));
      else unexported.push(`<${node.localName}> "${part}" inside <${host.localName}>`);
    }
  }
  return offered;
}

/**
 * Notes in `missing` each part the child shows now that is not in the `exportparts` <bt-booking>
 * gives it (collected over the whole flow, so one run names every gap).
 */
function checkExported(page: BookingObject, tag: Child, moment: string, missing: string[]): void {
  const child = page.root.querySelector(tag);
  expect(child, `<${tag}> shown ${moment}`).to.exist;
  const unexported: string[] = [];
  const offered = partsOffered(child!, unexported);
  const exported = exportedParts(child!);
  expect(offered.size, `<${tag}> shows parts ${moment}`).to.be.greaterThan(0);
  for (const gap of [...unexported, ...[...offered].filter((part) => !exported.has(part)).map((part) => `<${tag}> "${part}"`)]) {
    if (!missing.some((entry) => entry.startsWith(gap))) missing.push(`${gap} (${moment})`);
  }
}

describe('<bt-booking>: every part of its children can be styled from outside', function () {
  this.timeout(30000);

  it('exports each part the picker, calendar, form (with its CPR inputs) and receipt show, at every step', async () => {
    const adapter = countingAdapter();
    // The offices arrive only when the test says so, and the first answer is an error: the
    // picker's loading and error states are shown too.
    const getLocations = adapter.getLocations.bind(adapter);
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    adapter.getLocations = async () => {
      adapter.getLocations = getLocations;
      await answered;
      throw new BookingError('unavailable', 'down for a moment');
    };
    const page = await mountBooking(adapter);
    const missing: string[] = [];
    const check = (tag: Child, moment: string) => checkExported(page, tag, moment, missing);

    await waitUntil(() => page.shows('bt-service-picker') && page.picker.root.querySelector('[part~="skeleton"]'), 'loading');
    check('bt-service-picker', 'while the offices load');
    answer();
    await waitUntil(() => page.picker.alert, 'the error');
    check('bt-service-picker', 'with an error');
    await page.picker.retry();

    await page.chooseLocation('Borgerservice Centrum');
    const picker = page.picker;
    await picker.choose(picker.service('Pas – nyt pas (voksen)'));
    picker.documentsButton(picker.service('Pas – nyt pas (voksen)')).click();
    await page.pickerElement.updateComplete;
    check('bt-service-picker', 'with an office and an errand chosen and its documents open');
    await picker.continue();

    await page.waitForStep('time');
    check('bt-slot-calendar', 'as the month appears');
    await page.calendar.loaded();
    check('bt-slot-calendar', 'showing the month');
    await page.pickFirstAvailableDay();
    await waitUntil(() => page.calendar.timeButtons.length > 0, 'times');
    check('bt-slot-calendar', 'showing the chosen day and its times');
    await page.pickTime();

    await page.waitForStep('details');
    const form = page.form;
    expect(form.field('cpr').getRootNode() !== form.root, 'the CPR number is a nested <bt-cpr-input>').to.equal(true);
    check('bt-contact-form', 'with an empty form');
    await form.submit();
    await waitUntil(() => form.errorSummaryItems().length > 0, 'the error summary');
    check('bt-contact-form', 'with errors');
    for (const name of ['someoneElse', 'interpreter'] as const) await form.click(name);
    await form.click('child');
    check('bt-contact-form', 'booking for a child, with an interpreter');
    for (const name of ['someoneElse', 'interpreter'] as const) await form.click(name);
    await page.fillDetails(CITIZEN);
    await page.submitDetails();

    await page.waitForStep('summary');
    await page.change('Tid');
    await page.waitForStep('time');
    await waitUntil(
      () => page.calendar.timeButtons.some((time) => time.getAttribute('aria-pressed') === 'true'),
      'the chosen time',
    );
    check('bt-slot-calendar', 'back on the chosen time');
    await page.pickTime(1);
    await page.waitForStep('summary');
    await page.confirm();
    await page.waitForStep('receipt');
    await page.receiptElement.updateComplete;
    check('bt-receipt', 'on the receipt');

    expect(missing, 'parts shown but not exported through <bt-booking>').to.deep.equal([]);
  });
});
