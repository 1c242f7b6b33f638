import type { LitElement, ReactiveController } from 'lit';
import type { Clock, ClockTimer } from '../../core/clock.js';

/**
 * How long the calendar file's blob URL lives after the click. The download starts
 * asynchronously (Firefox and Safari read the URL after the click returns), so revoking at
 * once can cancel it; the blob is a few kilobytes, so waiting costs nothing.
 */
export const CALENDAR_URL_LIFETIME_MS = 30_000;

/**
 * Hands a calendar file to the browser as a download and owns the blob URLs it makes: each is
 * revoked after `CALENDAR_URL_LIFETIME_MS` on the host's clock, or at once when the host leaves
 * the page.
 */
export class CalendarDownloadController implements ReactiveController {
  private readonly pending = new Map<string, { clock: Clock; timer: ClockTimer }>();

  constructor(
    private readonly host: LitElement,
    private readonly clock: () => Clock,
  ) {
    host.addController(this);
  }

  download(ics: string, fileName: string): void {
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    // Firefox only follows a click on a connected link.
    this.host.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // The timer stays on the clock that set it, even if the host is given another clock meanwhile.
    const clock = this.clock();
    this.pending.set(url, { clock, timer: clock.setTimeout(() => this.revoke(url), CALENDAR_URL_LIFETIME_MS) });
  }

  /** @internal */
  hostDisconnected(): void {
    for (const url of [...this.pending.keys()]) this.revoke(url);
  }

  private revoke(url: string): void {
    const entry = this.pending.get(url);
    entry?.clock.clearTimeout(entry.timer);
    this.pending.delete(url);
    URL.revokeObjectURL(url);
  }
}
