import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A controller host without an element: counts update requests, connects and disconnects on demand. */
export class TestHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  connect(): void {
    this.controllers.forEach((controller) => controller.hostConnected?.());
  }
  disconnect(): void {
    this.controllers.forEach((controller) => controller.hostDisconnected?.());
  }
}
