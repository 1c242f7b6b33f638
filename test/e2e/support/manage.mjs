// A keyboard-only citizen: every move is a key press, and every check of where focus went
// looks through shadow roots at the element that really has it.
import assert from 'node:assert/strict';

/** The texts of the manager and the receipt's link, as a citizen reads them. */
export const MANAGE_TEXT = {
  da: {
    language: 'Dansk',
    manageLink: 'Ændr eller aflys din tid',
    heading: 'Din tid',
    headingCancelled: 'Din tid er aflyst',
    booked: 'Bestilt',
    cancelled: 'Aflyst',
    move: 'Ændr tidspunkt',
    moveHeading: 'Vælg en ny tid',
    confirmMove: 'Flyt min tid',
    keepTime: 'Behold min nuværende tid',
    moved: 'Din tid er flyttet',
    movedFrom: 'Flyttet fra',
    cancel: 'Aflys',
    cancelTitle: 'Vil du aflyse din tid?',
    keepAppointment: 'Nej, behold tiden',
    confirmCancel: 'Ja, aflys tiden',
  },
  en: {
    language: 'English',
    manageLink: 'Change or cancel your appointment',
    heading: 'Your appointment',
    headingCancelled: 'Your appointment is cancelled',
    booked: 'Booked',
    cancelled: 'Cancelled',
    move: 'Change time',
    moveHeading: 'Choose a new time',
    confirmMove: 'Move my appointment',
    keepTime: 'Keep my current time',
    moved: 'Your appointment has been moved',
    movedFrom: 'Moved from',
    cancel: 'Cancel appointment',
    cancelTitle: 'Do you want to cancel your appointment?',
    keepAppointment: 'No, keep the appointment',
    confirmCancel: 'Yes, cancel the appointment',
  },
};

/** In the page: the focused element (through shadow roots), its tag, role or type, and accessible name. */
function focusedElement(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return { tag: '', kind: '', name: '' };
    const labelledBy = active.getAttribute('aria-labelledby');
    const name =
      active.getAttribute('aria-label') ||
      (labelledBy && active.getRootNode().getElementById?.(labelledBy)?.textContent) ||
      [...(active.labels ?? [])].map((label) => label.textContent).join(' ') ||
      active.textContent ||
      '';
    return {
      tag: active.tagName.toLowerCase(),
      kind: active.getAttribute('role') || active.getAttribute('type') || '',
      name: name.replace(/\s+/g, ' ').trim(),
    };
  });
}

/** What has focus, said the way a test failure should say it. */
export async function focusedDescription(page) {
  const { tag, kind, name } = await focusedElement(page);
  return tag ? `<${tag}${kind ? ` ${kind}` : ''}> "${name.slice(0, 90)}"` : 'nothing';
}

/** Whether the element a locator finds is the one with focus. */
export function isFocused(locator) {
  return locator.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}

/**
 * Waits for focus to arrive on what the locator finds (a product moves focus after its own
 * update, so a moment may pass), and fails saying where focus is instead.
 */
export async function expectFocus(page, locator, what, timeout = 4000) {
  await locator.waitFor({ timeout });
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await isFocused(locator)) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`focus should be on ${what}, but is on ${await focusedDescription(page)}`);
}

/**
 * Presses `key` (Tab by default) until what the locator finds has focus; fails with the
 * path focus took, so a control that Tab never reaches is reported as such.
 */
export async function pressUntilFocused(page, locator, what, { key = 'Tab', limit = 40 } = {}) {
  await locator.waitFor();
  const path = [];
  for (let i = 0; i < limit; i += 1) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(key);
    path.push(await focusedDescription(page));
  }
  if (await isFocused(locator)) return;
  assert.fail(`${key} never reached ${what}; focus went: ${path.join(' → ')}`);
}

/**
 * Presses `key` (Tab by default) until the focused control's accessible name matches `pattern`
 * (and `accept`), unless it already does; answers that name. Fails with the path focus took.
 */
export async function pressUntilNamed(page, pattern, what, { key = 'Tab', limit = 60, accept = () => true } = {}) {
  const path = [];
  for (let i = 0; i <= limit; i += 1) {
    const { name } = await focusedElement(page);
    if (pattern.test(name) && accept(name)) return name;
    if (i > 0) path.push(await focusedDescription(page));
    if (i < limit) await page.keyboard.press(key);
  }
  return assert.fail(`${key} never reached ${what}; focus went: ${path.join(' → ')}`);
}

/**
 * Chooses a radio button as a keyboard user does: Tab into its group (the group's one tab
 * stop), then arrow keys (which move and check) until it is the checked one.
 */
export async function chooseRadio(page, radio, what) {
  await radio.waitFor();
  const group = await radio.evaluate((element) => element.name);
  const path = [];
  const inGroup = () =>
    page.evaluate((name) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.type === 'radio' && active.name === name;
    }, group);
  for (let i = 0; i < 40 && !(await inGroup()); i += 1) {
    await page.keyboard.press('Tab');
    path.push(await focusedDescription(page));
  }
  if (!(await inGroup())) assert.fail(`Tab never reached the group of ${what}; focus went: ${path.join(' → ')}`);
  for (let i = 0; i < 20 && !(await isFocused(radio)); i += 1) await page.keyboard.press('ArrowDown');
  if (!(await isFocused(radio))) assert.fail(`the arrow keys never reached ${what}`);
  if (!(await radio.isChecked())) await page.keyboard.press('Space');
  assert.equal(await radio.isChecked(), true, `${what} is chosen`);
}

/** The demo backend's own record, as it persists it in this browser (the REST mock's store). */
export function storedBookings(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('borgertid-demo:bookings') ?? '{"bookings":[]}').bookings);
}

/** Whether the demo backend offers a slot (a free place the calendar would show). */
export function isOffered(page, booking) {
  return page.evaluate(async ({ slotId, serviceId, locationId, start }) => {
    const day = start.slice(0, 10);
    const { slots } = await window.borgertidDemo.adapter.getAvailability({ serviceId, locationId, from: day, to: day });
    return slots.some((slot) => slot.id === slotId);
  }, booking);
}
