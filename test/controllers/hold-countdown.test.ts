import { TestHost } from '../support/test-host.js';
import { expect } from '@open-wc/testing';
import { HoldCountdownController, formatCountdown, type HoldCountdownOptions } from '../../src/controllers/hold-countdown.js';
import { ManualClock } from '../support/manual-clock.js';

const NOW = '2026-11-23T08:00:00Z';

/** The instant `seconds` after NOW, as a hold's `expiresAt`. */
const after = (seconds: number): string => new Date(Date.parse(NOW) + seconds * 1000).toISOString();

function setup(options: Partial<Pick<HoldCountdownOptions, 'thresholds'>> = {}) {
  const clock = new ManualClock(NOW);
  const host = new TestHost();
  const told: number[] = [];
  let expired = 0;
  const countdown = new HoldCountdownController(host, {
    clock: () => clock,
    onThreshold: (seconds) => told.push(seconds),
    onExpire: () => (expired += 1),
    ...options,
  });
  host.connect();
  return { clock, host, countdown, told, expired: () => expired };
}

describe('HoldCountdownController', () => {
  it('has nothing to count before a hold starts', () => {
    const { clock, countdown } = setup();
    expect(countdown.secondsLeft).to.equal(undefined);
    expect(countdown.running).to.equal(false);
    expect(clock.pendingTimers, 'no ticking without a hold').to.equal(0);
  });

  it('counts down once a second on the clock and re-renders its host each tick', () => {
    const { clock, host, countdown } = setup();
    countdown.start(after(600));
    expect(countdown.running).to.equal(true);
    expect(countdown.secondsLeft).to.equal(600);
    const updates = host.updates;
    clock.advance(1000);
    expect(countdown.secondsLeft).to.equal(599);
    expect(host.updates).to.equal(updates + 1);
    clock.advance(59_000);
    expect(countdown.secondsLeft).to.equal(540);
    expect(host.updates).to.equal(updates + 60);
    expect(clock.pendingTimers, 'one timer at a time').to.equal(1);
  });

  it('rounds part of a second up', () => {
    const { clock, countdown } = setup();
    countdown.start(after(10));
    clock.advance(200);
    expect(countdown.secondsLeft).to.equal(10);
  });

  it('tells each threshold once, at 2 minutes and 30 seconds by default, then expires once', () => {
    const { clock, countdown, told, expired } = setup();
    countdown.start(after(600));
    clock.advance(479_000);
    expect(told, 'nothing before 2 minutes left').to.deep.equal([]);
    clock.advance(1000);
    expect(told).to.deep.equal([120]);
    clock.advance(89_000);
    expect(told).to.deep.equal([120]);
    clock.advance(1000);
    expect(told).to.deep.equal([120, 30]);
    clock.advance(29_000);
    expect(countdown.secondsLeft).to.equal(1);
    expect(expired()).to.equal(0);
    clock.advance(1000);
    expect(expired()).to.equal(1);
    expect(countdown.running).to.equal(false);
    expect(countdown.secondsLeft).to.equal(undefined);
    expect(clock.pendingTimers, 'the ticking stops').to.equal(0);
    clock.advance(600_000);
    expect(expired(), 'expires once').to.equal(1);
    expect(told).to.deep.equal([120, 30]);
  });

  it('does not tell thresholds already passed when the hold began', () => {
    const { clock, countdown, told, expired } = setup();
    countdown.start(after(100));
    clock.advance(69_000);
    expect(told).to.deep.equal([], '120 s had passed at the start');
    clock.advance(1000);
    expect(told).to.deep.equal([30]);

    const short = setup();
    short.countdown.start(after(20));
    short.clock.advance(20_000);
    expect(short.told).to.deep.equal([]);
    expect(short.expired()).to.equal(1);
    expect(expired()).to.equal(0);
  });

  it('takes its own thresholds', () => {
    const { clock, countdown, told } = setup({ thresholds: [300, 60] });
    countdown.start(after(400));
    clock.advance(100_000);
    expect(told).to.deep.equal([300]);
    clock.advance(240_000);
    expect(told).to.deep.equal([300, 60]);
    clock.advance(30_000);
    expect(told, 'not the default 30 s').to.deep.equal([300, 60]);
  });

  it('expires at once for a hold that has already lapsed', () => {
    const { clock, countdown, told, expired } = setup();
    countdown.start(after(-5));
    expect(expired()).to.equal(1);
    expect(told).to.deep.equal([]);
    expect(countdown.running).to.equal(false);
    expect(clock.pendingTimers).to.equal(0);
  });

  it('on a device clock hours ahead, expires a hold once and then stays quiet: no loop, no timer', () => {
    const { clock, countdown, expired } = setup();
    // The backend's ten-minute hold, read on a phone five hours ahead.
    clock.set('2026-11-23T13:00:00Z');
    countdown.start(after(600));
    expect(expired()).to.equal(1);
    expect(countdown.running).to.equal(false);
    expect(clock.pendingTimers).to.equal(0);
    clock.advance(3_600_000);
    countdown.tick();
    expect(expired(), 'told once, however long the page stays').to.equal(1);
  });

  it('stop() ends the count without expiring', () => {
    const { clock, countdown, told, expired } = setup();
    countdown.start(after(150));
    countdown.stop();
    expect(countdown.running).to.equal(false);
    expect(countdown.secondsLeft).to.equal(undefined);
    expect(clock.pendingTimers).to.equal(0);
    clock.advance(200_000);
    expect(told).to.deep.equal([]);
    expect(expired()).to.equal(0);
  });

  it('a new hold replaces the old one, its thresholds told afresh', () => {
    const { clock, countdown, told, expired } = setup();
    countdown.start(after(125));
    clock.advance(5000);
    expect(told).to.deep.equal([120]);
    countdown.start(after(5 + 600));
    expect(countdown.secondsLeft).to.equal(600);
    expect(clock.pendingTimers, 'the old hold stopped ticking').to.equal(1);
    clock.advance(480_000);
    expect(told).to.deep.equal([120, 120]);
    clock.advance(120_000);
    expect(expired(), 'one expiry, the new hold').to.equal(1);
  });

  it('stops for an expiry that is not an instant', () => {
    const { clock, countdown, expired } = setup();
    countdown.start(after(600));
    countdown.start('not a time');
    expect(countdown.running).to.equal(false);
    expect(clock.pendingTimers).to.equal(0);
    clock.advance(700_000);
    expect(expired()).to.equal(0);
  });

  it('reads the clock each tick, so a jump in time (a sleeping tab) shows the truth', () => {
    const { clock, countdown, told, expired } = setup();
    countdown.start(after(600));
    clock.set(after(590));
    countdown.tick();
    expect(countdown.secondsLeft).to.equal(10);
    expect(told.length, 'the thresholds jumped over are told now').to.be.greaterThan(0);
    expect(told.every((seconds) => seconds === 10)).to.equal(true);
    const toldAfterJump = told.length;
    clock.advance(9000);
    expect(told.length, 'and not again').to.equal(toldAfterJump);
    expect(expired()).to.equal(0);
    clock.set(after(700));
    clock.advance(1000);
    expect(expired()).to.equal(1);
  });

  it('stops ticking while the host is away, and picks up (or expires) when it comes back', () => {
    const { clock, host, countdown, expired } = setup();
    countdown.start(after(60));
    host.disconnect();
    expect(clock.pendingTimers, 'no ticking while away').to.equal(0);
    expect(countdown.running, 'the hold is still counted').to.equal(true);
    clock.advance(10_000);
    host.connect();
    expect(countdown.secondsLeft).to.equal(50);
    expect(clock.pendingTimers).to.equal(1);

    host.disconnect();
    clock.advance(120_000);
    expect(expired()).to.equal(0);
    host.connect();
    expect(expired(), 'a hold that lapsed while away expires on return').to.equal(1);
    expect(clock.pendingTimers).to.equal(0);
  });
});

describe('formatCountdown', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatCountdown(581)).to.equal('9:41');
    expect(formatCountdown(5)).to.equal('0:05');
    expect(formatCountdown(600)).to.equal('10:00');
    expect(formatCountdown(59.9)).to.equal('0:59');
    expect(formatCountdown(-3)).to.equal('0:00');
  });
});
