import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/bt-slot-calendar.js';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';
import { CalendarObject } from './calendar-object.js';
import { FakeAdapter, morningOf, office } from './fake-adapter.js';

async function compact(lang = 'da'): Promise<CalendarObject> {
  const clock = morningOf('2026-12-01');
  const el = await fixture<BtSlotCalendar>(
    html`<div style="padding: 1rem">
      <button id="before">Før</button>
      <bt-slot-calendar
        variant="compact"
        lang=${lang}
        .clock=${clock}
        service="pas"
        location="centrum"
        .adapter=${new FakeAdapter(office())}
      ></bt-slot-calendar>
    </div>`,
  ).then((wrapper) => wrapper.querySelector('bt-slot-calendar')!);
  const cal = new CalendarObject(el, clock);
  await cal.loaded();
  return cal;
}

describe('<bt-slot-calendar variant="compact">', () => {
  it('reflects the variant and shows a closed date button', async () => {
    const cal = await compact();
    expect(cal.element.getAttribute('variant')).to.equal('compact');
    expect(cal.trigger!.textContent!.trim()).to.equal('Vælg dato');
    expect(cal.trigger!.getAttribute('aria-expanded')).to.equal('false');
    expect(cal.trigger!.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(cal.popoverOpen).to.equal(false);
    await expect(cal.element).to.be.accessible();
  });

  it('opens a labelled non-modal dialog, on screen, with focus on the day grid', async () => {
    const cal = await compact();
    await cal.openPopover();
    const popover = cal.popover!;
    expect(popover.getAttribute('role')).to.equal('dialog');
    expect(popover.getAttribute('aria-modal')).to.equal('false');
    expect(popover.getAttribute('aria-label')).to.equal('Vælg dato');
    expect(cal.trigger!.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => cal.focusedDate === '2026-12-01', 'focus did not move into the grid');
    await waitUntil(() => popover.getBoundingClientRect().top > cal.trigger!.getBoundingClientRect().top, 'not positioned');
    const rect = popover.getBoundingClientRect();
    expect(rect.left).to.be.at.least(0);
    expect(rect.right).to.be.at.most(window.innerWidth);
    await expect(cal.element).to.be.accessible();
  });

  it('Escape closes it and returns focus to the date button', async () => {
    const cal = await compact();
    await cal.openPopover();
    await waitUntil(() => cal.focusedDate !== undefined);
    await cal.press('ArrowRight');
    expect(cal.focusedDate).to.equal('2026-12-02');
    await cal.press('Escape');
    expect(cal.popoverOpen).to.equal(false);
    expect(cal.activeElement === cal.trigger, 'focus back on the trigger').to.equal(true);
  });

  it('a click outside closes it', async () => {
    const cal = await compact();
    await cal.openPopover();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await cal.settled();
    expect(cal.popoverOpen).to.equal(false);
  });

  it('picking a day closes it, names the date on the button and lists the times', async () => {
    const cal = await compact('en');
    await cal.openPopover();
    const daySelect = oneEvent(cal.element, 'bt-day-select');
    await cal.pickDay('2026-12-03');
    expect((await daySelect).detail.date).to.equal('2026-12-03');
    expect(cal.popoverOpen).to.equal(false);
    expect(cal.trigger!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Chosen date: Thursday 3 December 2026, change date');
    expect(cal.times).to.deep.equal(['09:00', '10:15', '13:30', '17:00']);
    expect(cal.activeElement === cal.timesHeadingElement, 'focus on the times heading').to.equal(true);
    await expect(cal.element).to.be.accessible();
    // "Choose another day" reopens the grid on the chosen day.
    await cal.chooseAnotherDay();
    await waitUntil(() => cal.popoverOpen && cal.focusedDate === '2026-12-03', 'did not return to the day');
  });
});
