import { expect, fixture } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { AnnouncerController } from '../../src/controllers/announcer.js';
import type { Clock } from '../../src/core/clock.js';
import { ManualClock } from '../support/manual-clock.js';

const NOW = '2026-11-23T08:00:00Z';

/** The smallest element with a live region: it renders the announcer's region and nothing else. */
class AnnouncerHost extends LitElement {
  clock: Clock = new ManualClock(NOW);
  readonly announcer = new AnnouncerController(this, () => this.clock);

  protected override render(): TemplateResult {
    return this.announcer.region();
  }
}
const tag = `test-announcer-host-${Math.random().toString(36).slice(2, 10)}`;
customElements.define(tag, AnnouncerHost);

async function mount(): Promise<{ el: AnnouncerHost; clock: ManualClock; said: () => Promise<string> }> {
  const el = await fixture<AnnouncerHost>(`<${tag}></${tag}>`);
  const clock = new ManualClock(NOW);
  el.clock = clock;
  /** What the rendered region says once the host has drawn the latest text. */
  const said = async () => {
    await el.updateComplete;
    return (el.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '').trim();
  };
  return { el, clock, said };
}

describe('AnnouncerController', () => {
  it('renders one polite, atomic status region, empty at first', async () => {
    const { el, said } = await mount();
    const regions = el.shadowRoot!.querySelectorAll('[role="status"]');
    expect(regions).to.have.length(1);
    expect(regions[0]!.getAttribute('aria-live')).to.equal('polite');
    expect(regions[0]!.getAttribute('aria-atomic')).to.equal('true');
    expect(await said()).to.equal('');
    expect(el.announcer.current).to.equal('');
  });

  it('empties the region first and says the words 50 ms later, on the host clock', async () => {
    const { el, clock, said } = await mount();
    el.announcer.announce('Tiden er reserveret');
    expect(el.announcer.current).to.equal('');
    clock.advance(49);
    expect(await said(), 'not before 50 ms').to.equal('');
    clock.advance(1);
    expect(el.announcer.current).to.equal('Tiden er reserveret');
    expect(await said()).to.equal('Tiden er reserveret');
    expect(clock.pendingTimers, 'nothing left to say').to.equal(0);
  });

  it('works words given as a function out when it says them, and never when they were replaced', async () => {
    const { el, clock, said } = await mount();
    const asked: string[] = [];
    const words = (text: string) => () => {
      asked.push(text);
      return text;
    };
    el.announcer.announce(words('november 2026: 12 ledige tider'), { topic: 'month', delay: 250 });
    el.announcer.announce(words('december 2026: 30 ledige tider'), { topic: 'month', delay: 250 });
    clock.advance(249);
    expect(asked, 'not worked out before it is said').to.deep.equal([]);
    clock.advance(1);
    expect(await said()).to.equal('december 2026: 30 ledige tider');
    expect(asked, 'the replaced month never worked out').to.deep.equal(['december 2026: 30 ledige tider']);
  });

  it('reads the clock when it announces, so a clock set after construction is used', async () => {
    const { el, said } = await mount();
    const later = new ManualClock(NOW);
    el.clock = later;
    el.announcer.announce('Hej');
    later.advance(50);
    expect(await said()).to.equal('Hej');
  });

  it('says the same words twice by emptying the region in between', async () => {
    const { el, clock, said } = await mount();
    el.announcer.announce('1 minut tilbage');
    clock.advance(50);
    expect(await said()).to.equal('1 minut tilbage');
    el.announcer.announce('1 minut tilbage');
    expect(await said(), 'emptied, so the repeat is a change a screen reader hears').to.equal('');
    clock.advance(50);
    expect(await said()).to.equal('1 minut tilbage');
  });

  it('waits the given delay, never less than 50 ms', async () => {
    const { el, clock, said } = await mount();
    el.announcer.announce('Senere', { delay: 300 });
    clock.advance(299);
    expect(await said()).to.equal('');
    clock.advance(1);
    expect(await said()).to.equal('Senere');

    el.announcer.announce('Straks', { delay: 0 });
    clock.advance(49);
    expect(await said(), 'a delay below 50 ms waits 50 ms').to.equal('');
    clock.advance(1);
    expect(await said()).to.equal('Straks');
  });

  it('replaces unsaid words on the same topic, so a quick series ends in one announcement', async () => {
    const { el, clock, said } = await mount();
    el.announcer.announce('januar 2027', { topic: 'month' });
    clock.advance(30);
    el.announcer.announce('februar 2027', { topic: 'month' });
    clock.advance(30);
    el.announcer.announce('marts 2027', { topic: 'month' });
    clock.advance(49);
    expect(await said(), 'every new word restarts the wait').to.equal('');
    clock.advance(1);
    expect(await said()).to.equal('marts 2027');
  });

  it('keeps words on other topics and says them together, the newest last', async () => {
    const { el, clock, said } = await mount();
    el.announcer.announce('januar 2027', { topic: 'month' });
    el.announcer.announce('2 minutter tilbage', { topic: 'hold' });
    el.announcer.announce('februar 2027', { topic: 'month' });
    clock.advance(50);
    expect(await said()).to.equal('2 minutter tilbage februar 2027');

    el.announcer.announce('Tiden er reserveret');
    clock.advance(50);
    expect(await said(), 'what was said is not said again').to.equal('Tiden er reserveret');
  });

  it('leaves empty words out of the joined text', async () => {
    const { el, clock, said } = await mount();
    el.announcer.announce('12 ledige tider', { topic: 'day' });
    el.announcer.announce('', { topic: 'month' });
    clock.advance(50);
    expect(el.announcer.current).to.equal('12 ledige tider');
    expect(await said()).to.equal('12 ledige tider');
  });

  it('withdraws the unsaid words of one topic and keeps the rest', async () => {
    const { el, clock, said } = await mount();
    el.announcer.announce('marts 2027', { topic: 'month' });
    el.announcer.announce('Tiden er reserveret', { topic: 'hold' });
    el.announcer.withdraw('month');
    clock.advance(50);
    expect(await said()).to.equal('Tiden er reserveret');

    el.announcer.announce('april 2027', { topic: 'month' });
    el.announcer.withdraw('month');
    el.announcer.withdraw('nothing-pending');
    clock.advance(50);
    expect(await said(), 'nothing left to say: the region stays empty').to.equal('');
  });

  it('silence() empties the region and drops what was about to be said', async () => {
    const { el, clock, said } = await mount();
    el.announcer.announce('Booker …');
    clock.advance(50);
    expect(await said()).to.equal('Booker …');
    el.announcer.announce('Stadig i gang', { topic: 'other' });
    el.announcer.silence();
    expect(el.announcer.current).to.equal('');
    expect(clock.pendingTimers, 'the timer is cancelled').to.equal(0);
    clock.advance(1000);
    expect(await said()).to.equal('');
  });

  it('falls silent when its host leaves the page', async () => {
    const { el, clock } = await mount();
    el.announcer.announce('Tiden er reserveret');
    clock.advance(50);
    el.announcer.announce('Din reservation udløber snart', { topic: 'hold' });
    el.remove();
    expect(el.announcer.current).to.equal('');
    clock.advance(1000);
    expect(el.announcer.current, 'nothing said after leaving').to.equal('');
  });
});
