import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { AppointmentsController, type ManageViewEffect } from '../../src/controllers/appointments.js';
import type { BookingError } from '../../src/core/errors.js';
import { ManualClock } from '../support/manual-clock.js';
import { bookOne, fixedNow, freeSlots } from '../components/appointment-manager/manager-object.js';

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

describe('AppointmentsController', () => {
  it('opens a link, moves with one reschedule that carries its hold (never released first), and reports the view effects', async () => {
    const adapter = new MemoryAdapter({ now: fixedNow, occupancy: 0 });
    const appointment = await bookOne(adapter);
    const calls: string[] = [];
    const release = adapter.releaseHold!.bind(adapter);
    adapter.releaseHold = (query) => (calls.push('releaseHold'), release(query));
    const reschedule = adapter.reschedule.bind(adapter);
    let takenByOthers: string | undefined;
    adapter.reschedule = async (query) => {
      calls.push(`reschedule ${query.holdId}`);
      // Someone else tries the new time at the moment of the move: it is still held.
      await adapter.holdSlot!({ slotId: query.slotId, serviceId: 'flytning', locationId: 'centrum' }).catch(
        (error: { code: string }) => (takenByOthers = error.code),
      );
      return reschedule(query);
    };
    const effects: ManageViewEffect[] = [];
    const controller = new AppointmentsController(new Host(), { onViewEffect: (effect) => effects.push(effect) });
    controller.start(adapter, { reference: appointment.reference, token: appointment.token! });
    await waitUntil(() => controller.state.view === 'appointment');
    controller.send({ type: 'start-move' });
    const [, slot] = await freeSlots(adapter);
    controller.send({ type: 'choose-slot', slot: slot! });
    await waitUntil(() => controller.state.hold);
    expect(adapter.snapshot().holds).to.have.length(1);
    const holdId = controller.state.hold!.id;
    controller.send({ type: 'confirm-move' });
    await waitUntil(() => controller.state.view === 'moved');
    expect(calls).to.deep.equal([`reschedule ${holdId}`]);
    expect(takenByOthers).to.equal('slot-taken');
    expect(adapter.snapshot().holds).to.have.length(0);
    expect(adapter.snapshot().bookings[0]!.slotId).to.equal(slot!.id);
    expect(effects.map((effect) => effect.type)).to.include('rescheduled');
  });

  it('gives a held time back to the backend that held it when it starts over on another', async () => {
    const first = new MemoryAdapter({ now: fixedNow, occupancy: 0 });
    const appointment = await bookOne(first);
    const controller = new AppointmentsController(new Host(), { onViewEffect: () => undefined });
    controller.start(first, { reference: appointment.reference, token: appointment.token! });
    await waitUntil(() => controller.state.view === 'appointment');
    controller.send({ type: 'start-move' });
    const [, slot] = await freeSlots(first);
    controller.send({ type: 'choose-slot', slot: slot! });
    await waitUntil(() => controller.state.hold);
    const second = new MemoryAdapter({ now: fixedNow, occupancy: 0 });
    const releasedOnSecond: string[] = [];
    const release = second.releaseHold!.bind(second);
    second.releaseHold = (query) => (releasedOnSecond.push(query.holdId), release(query));
    controller.start(second);
    await waitUntil(() => first.snapshot().holds.length === 0, 'the hold stayed at the first backend');
    expect(releasedOnSecond).to.deep.equal([]);
    expect(controller.state.hold).to.equal(undefined);
  });

  it('drops answers from a backend it has left, giving a late hold back', async () => {
    const first = new MemoryAdapter({ now: fixedNow, occupancy: 0 });
    const released: string[] = [];
    const release = first.releaseHold!.bind(first);
    first.releaseHold = (query) => (released.push(query.holdId), release(query));
    const appointment = await bookOne(first);
    const controller = new AppointmentsController(new Host(), { onViewEffect: () => undefined });
    controller.start(first, { reference: appointment.reference, token: appointment.token! });
    await waitUntil(() => controller.state.view === 'appointment');
    controller.send({ type: 'start-move' });
    const [, slot] = await freeSlots(first);
    controller.send({ type: 'choose-slot', slot: slot! });
    controller.start(new MemoryAdapter({ now: fixedNow, occupancy: 0 }));
    await waitUntil(() => controller.state.view === 'lookup');
    await waitUntil(() => released.length === 1, 'the late hold was not given back');
    expect(first.snapshot().holds).to.have.length(0);
  });

  describe('through checkedAdapter', () => {
    const quiet = console.warn;
    beforeEach(() => (console.warn = () => undefined));
    afterEach(() => (console.warn = quiet));

    it('puts the host’s timeout on every call: a lookup that never answers ends in a timeout error', async () => {
      const adapter = new MemoryAdapter({ now: fixedNow, occupancy: 0 });
      adapter.getAppointments = () => new Promise(() => undefined);
      const host = Object.assign(new Host(), { timeout: 30 });
      const controller = new AppointmentsController(host, { onViewEffect: () => undefined });
      controller.start(adapter, { reference: 'BT-AAAAAA', token: 'x' });
      await waitUntil(() => controller.state.notice, 'the lookup never ended');
      const notice = controller.state.notice;
      expect(notice?.kind === 'error' && notice.retry).to.equal('find');
      expect(((notice as { error: BookingError }).error as BookingError).code).to.equal('timeout');
      expect(controller.backend === adapter).to.equal(true);
    });

    it('counts a hold down on the host’s clock, three hours ahead of the backend’s', async () => {
      const adapter = new MemoryAdapter({ now: fixedNow, occupancy: 0 });
      const appointment = await bookOne(adapter);
      const device = new ManualClock(new Date(fixedNow().getTime() + 3 * 3600_000));
      const host = Object.assign(new Host(), { clock: device });
      const controller = new AppointmentsController(host, { onViewEffect: () => undefined });
      controller.start(adapter, { reference: appointment.reference, token: appointment.token! });
      await waitUntil(() => controller.state.view === 'appointment');
      controller.send({ type: 'start-move' });
      const [, slot] = await freeSlots(adapter);
      controller.send({ type: 'choose-slot', slot: slot! });
      await waitUntil(() => controller.state.hold);
      const lifetime = Date.parse(controller.state.hold!.expiresAt) - device.now().getTime();
      expect(lifetime).to.equal(Date.parse(adapter.snapshot().holds[0]!.expiresAt) - fixedNow().getTime());
    });
  });
});
