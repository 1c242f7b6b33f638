import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/bt-receipt.js';
import type { BtReceipt } from '../../../src/components/receipt/receipt.js';
import { CALENDAR_URL_LIFETIME_MS } from '../../../src/components/receipt/receipt.js';
import { printIsolationSheet } from '../../../src/components/receipt/print-isolation.js';
import type { Appointment } from '../../../src/core/types.js';
import { appointment, freeErrand, MANAGE_URL } from './fixtures.js';

async function render(value: Appointment, options: { lang?: string; manageUrl?: string } = {}): Promise<BtReceipt> {
  const el = await fixture<BtReceipt>(
    html`<bt-receipt lang=${options.lang ?? 'da'} .appointment=${value} .manageUrl=${options.manageUrl}></bt-receipt>`,
  );
  await el.updateComplete;
  return el;
}

/** The localize controller hears `lang` through a MutationObserver: let it run, then render. */
async function switchLang(el: BtReceipt, lang: string): Promise<void> {
  el.setAttribute('lang', lang);
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

function part(el: BtReceipt, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  expect(found, selector).to.exist;
  return found!;
}

/** Visible text with whitespace collapsed, as a reader would see it. */
function text(node: Element | ShadowRoot): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function detail(el: BtReceipt, label: string): string {
  const groups = [...el.shadowRoot!.querySelectorAll('dl.details > div')];
  const group = groups.find((g) => text(g.querySelector('dt')!) === label);
  expect(group, `details row "${label}"`).to.exist;
  return text(group!.querySelector('dd')!);
}

describe('<bt-receipt>', () => {
  it('renders nothing without an appointment', async () => {
    const el = await fixture<BtReceipt>(html`<bt-receipt></bt-receipt>`);
    expect(el.shadowRoot!.querySelector('.base')).to.equal(null);
  });

  it('shows everything in Danish, with the manage link', async () => {
    const el = await render(appointment, { manageUrl: MANAGE_URL });
    expect(text(part(el, '[part="heading"]'))).to.equal('Din tid er booket');
    expect(part(el, 'h2').id).to.equal('heading');
    expect(text(part(el, '[part="reference-value"]'))).to.equal('BT-7K3Q9M');
    expect(text(part(el, '.reference-label'))).to.equal('Bookingnummer');
    expect(detail(el, 'Ærinde')).to.equal('Pas');
    expect(detail(el, 'Booket til')).to.equal('Anna Jensen');
    expect(detail(el, 'Dato')).to.equal('tirsdag den 1. december 2026');
    expect(detail(el, 'Tid')).to.equal('kl. 10.15–10.30 (15 minutter)');
    expect(detail(el, 'Sted')).to.equal('Borgerservice Nørrebro Nørrebrogade 208 2200 København N');
    expect(detail(el, 'Tilgængelighed')).to.equal('Niveaufri adgang fra Nørrebrogade. Handicaptoilet i stueetagen.');
    expect(detail(el, 'Pris')).to.equal('627 kr.');

    const documents = part(el, '[part="documents"]');
    expect(text(documents.querySelector('h3')!)).to.equal('Det skal du medbringe');
    const boxes = [...documents.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((box) => text(box.labels![0]!))).to.deep.equal([
      'Dit gamle pas',
      'Billedlegitimation, fx kørekort',
      'Pasfoto, hvis du har et',
    ]);

    const arrival = part(el, '[part="arrival"]');
    expect(text(arrival.querySelector('h3')!)).to.equal('Når du kommer');
    expect(text(arrival)).to.contain('Scan QR-koden i automaten ved indgangen');

    const link = part(el, '[part="manage-link"]') as HTMLAnchorElement;
    expect(link.href).to.equal(MANAGE_URL);
    expect(text(link)).to.equal('Ændre eller aflys din tid');
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);

    expect(text(part(el, '[part="calendar-button"]'))).to.equal('Tilføj til kalender');
    expect(text(part(el, '[part="print-button"]'))).to.equal('Udskriv');
  });

  it('shows everything in English, with the phone number when there is no manage link', async () => {
    const el = await render(appointment, { lang: 'en' });
    expect(text(part(el, '[part="heading"]'))).to.equal('Your appointment is booked');
    expect(detail(el, 'Errand')).to.equal('Pas');
    expect(detail(el, 'Date')).to.equal('Tuesday, 1 December 2026');
    expect(detail(el, 'Time')).to.equal('10:15–10:30 (15 minutes)');
    expect(detail(el, 'Price')).to.equal('DKK 627');
    expect(text(part(el, '[part="documents"] h3'))).to.equal('Please bring');
    expect(el.shadowRoot!.querySelector('[part="manage-link"]')).to.equal(null);
    const manage = part(el, '[part="manage"]');
    expect(text(manage)).to.contain('Call Borgerservice Nørrebro on 33 66 33 66.');
    expect((manage.querySelector('a') as HTMLAnchorElement).getAttribute('href')).to.equal('tel:+4533663366');
    expect(text(part(el, '[part="calendar-button"]'))).to.equal('Add to calendar');
  });

  it('says a free errand is free, with nothing to bring and no phone to call', async () => {
    const el = await render(freeErrand);
    expect(detail(el, 'Pris')).to.equal('Gratis');
    expect(text(part(el, '[part="documents"]'))).to.contain('Du skal ikke medbringe noget særligt.');
    expect(el.shadowRoot!.querySelector('input[type="checkbox"]')).to.equal(null);
    expect(text(part(el, '[part="manage"]'))).to.contain('Kontakt Borgerservice Nørrebro');
    const labels = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => text(dt));
    expect(labels).not.to.include('Booket til');
    expect(labels).not.to.include('Tilgængelighed');
  });

  it('shows Copenhagen time however the instant was written, also in summer', async () => {
    const el = await render({ ...appointment, start: '2026-07-14T11:00:00Z', end: '2026-07-14T11:20:00.000Z' });
    expect(detail(el, 'Dato')).to.equal('tirsdag den 14. juli 2026');
    expect(detail(el, 'Tid')).to.equal('kl. 13.00–13.20 (15 minutter)');
  });

  it('writes a fee with a thousands separator in each language', async () => {
    const expensive = { ...appointment, service: { ...appointment.service, fee: 1234 } };
    expect(detail(await render(expensive), 'Pris')).to.equal('1.234 kr.');
    expect(detail(await render(expensive, { lang: 'en' }), 'Price')).to.equal('DKK 1,234');
  });

  it('ignores a manage link that is not http(s) and resolves a relative one', async () => {
    const unsafe = await render(appointment, { manageUrl: 'javascript:alert(1)' });
    expect(unsafe.shadowRoot!.querySelector('[part="manage-link"]')).to.equal(null);
    expect(unsafe.shadowRoot!.innerHTML).not.to.contain('javascript:');
    expect(text(part(unsafe, '[part="manage"]'))).to.contain('33 66 33 66');
    const relative = await render(appointment, { manageUrl: '/aendre?token=abc' });
    expect((part(relative, '[part="manage-link"]') as HTMLAnchorElement).href).to.equal(
      new URL('/aendre?token=abc', document.baseURI).href,
    );
  });

  it('renders backend text as text, never as HTML', async () => {
    const hostile: Appointment = {
      ...appointment,
      service: { ...appointment.service, name: '<img src=x onerror="window.hacked=1">Pas', documentsToBring: ['<b>fed</b>'] },
      location: { ...appointment.location, accessibilityNote: '<script>window.hacked=1</script>' },
    };
    const el = await render(hostile);
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect(detail(el, 'Ærinde')).to.equal('<img src=x onerror="window.hacked=1">Pas');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('never shows a CPR number, even if the object carries one', async () => {
    const withCpr = { ...appointment, cpr: '0101901234', citizen: { cpr: '010190-1234' } } as Appointment;
    const el = await render(withCpr, { manageUrl: MANAGE_URL });
    const shown = text(el.shadowRoot!) + el.shadowRoot!.innerHTML;
    expect(shown).not.to.contain('0101901234');
    expect(shown).not.to.contain('010190-1234');
  });

  it('focusHeading() moves focus to the heading', async () => {
    const el = await render(appointment);
    await el.focusHeading();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part="heading"]'));
    expect(document.activeElement).to.equal(el);
  });

  it('fits the host page outline: an h2 with h3 sections by default, or the level given', async () => {
    const levels = (el: BtReceipt) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName);
    const byDefault = await render(appointment);
    expect(levels(byDefault)).to.deep.equal(['H2', 'H3', 'H3', 'H3']);
    byDefault.headingLevel = 3;
    await byDefault.updateComplete;
    expect(levels(byDefault)).to.deep.equal(['H3', 'H4', 'H4', 'H4']);
    await byDefault.focusHeading();
    expect(byDefault.shadowRoot!.activeElement?.tagName).to.equal('H3');
  });

  it('focusHeading() waits for a first render', async () => {
    const el = document.createElement('bt-receipt');
    el.appointment = appointment;
    document.body.append(el);
    try {
      await el.focusHeading();
      expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
    } finally {
      el.remove();
    }
  });

  it('draws the QR code as an image named after the reference, with a quiet zone', async () => {
    const el = await render(appointment);
    const qr = part(el, 'svg[part="qr"]');
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal('QR-kode med bookingnummer BT-7K3Q9M');
    const [x, y, w, h] = qr.getAttribute('viewBox')!.split(' ').map(Number);
    expect([x, y]).to.deep.equal([0, 0]);
    expect(w).to.equal(h);
    expect(w).to.be.at.least(21 + 8);
    const path = qr.querySelector('path')!;
    expect(path.getAttribute('d')).to.match(/^M4 4h7v1h-7z/);
    expect(path.getAttribute('fill')).to.equal('#000000');
    expect(qr.querySelector('rect')!.getAttribute('fill')).to.equal('#ffffff');
    if (CSS.supports('forced-color-adjust', 'none')) {
      expect(getComputedStyle(qr).getPropertyValue('forced-color-adjust')).to.equal('none');
    }
    await switchLang(el, 'en');
    expect(qr.getAttribute('aria-label')).to.equal('QR code with booking number BT-7K3Q9M');
  });

  it('re-renders when the language changes, keeping the ticked boxes', async () => {
    const el = await render(appointment, { manageUrl: MANAGE_URL });
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    first.click();
    await switchLang(el, 'en');
    expect(text(part(el, '[part="heading"]'))).to.equal('Your appointment is booked');
    expect(detail(el, 'Date')).to.equal('Tuesday, 1 December 2026');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
    await switchLang(el, 'da');
    expect(text(part(el, '[part="heading"]'))).to.equal('Din tid er booket');
  });

  it('starts a fresh checklist for another appointment', async () => {
    const el = await render(appointment);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    el.appointment = { ...appointment, reference: 'BT-OTHER1' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(false);
  });

  it('shows a cancelled appointment without the booking actions', async () => {
    const el = await render({ ...appointment, status: 'cancelled' }, { manageUrl: MANAGE_URL });
    expect(text(part(el, '[part="heading"]'))).to.equal('Din tid er aflyst');
    for (const name of ['actions', 'qr', 'documents', 'manage']) {
      expect(el.shadowRoot!.querySelector(`[part="${name}"]`), name).to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  describe('copying the reference', () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;

    afterEach(() => {
      if (clipboard && Object.prototype.hasOwnProperty.call(clipboard, 'writeText')) {
        delete (clipboard as unknown as Record<string, unknown>).writeText;
      }
    });

    it('copies the reference and says so', async function () {
      if (!clipboard) this.skip();
      const copied: string[] = [];
      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: async (value: string) => void copied.push(value),
      });
      const el = await render(appointment);
      const button = part(el, '[part="copy-button"]');
      expect(button.getAttribute('aria-label')).to.equal('Kopiér bookingnummeret');
      expect(text(button)).to.equal('Kopiér');
      const status = part(el, '[role="status"]');
      expect(text(status)).to.equal('');
      button.click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(copied).to.deep.equal(['BT-7K3Q9M']);
      expect(text(status)).to.equal('Bookingnummeret er kopieret.');
    });

    it('says when copying failed', async function () {
      if (!clipboard) this.skip();
      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: async () => {
          throw new DOMException('denied', 'NotAllowedError');
        },
      });
      const el = await render(appointment, { lang: 'en' });
      part(el, '[part="copy-button"]').click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(text(part(el, '[role="status"]'))).to.equal(
        'The booking number could not be copied. Please write it down instead.',
      );
    });
  });

  describe('"Tilføj til kalender"', () => {
    const originalCreate = URL.createObjectURL;
    const originalRevoke = URL.revokeObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    const originalSetTimeout = window.setTimeout;

    afterEach(() => {
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
      HTMLAnchorElement.prototype.click = originalClick;
      window.setTimeout = originalSetTimeout;
    });

    it('downloads an .ics blob of type text/calendar, then revokes its URL', async () => {
      const el = await render(appointment, { lang: 'en', manageUrl: MANAGE_URL });
      const blobs: Blob[] = [];
      const revoked: string[] = [];
      const clicked: Array<{ href: string; download: string; connected: boolean }> = [];
      const timers: Array<{ callback: () => void; delay: number }> = [];
      URL.createObjectURL = (object: Blob | MediaSource) => {
        blobs.push(object as Blob);
        return 'blob:receipt-test';
      };
      URL.revokeObjectURL = (url: string) => void revoked.push(url);
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push({ href: this.href, download: this.download, connected: this.isConnected });
      };
      const event = oneEvent(el, 'bt-receipt-download');
      window.setTimeout = ((callback: () => void, delay: number) => {
        timers.push({ callback, delay });
        return 0;
      }) as typeof window.setTimeout;
      part(el, '[part="calendar-button"]').click();
      window.setTimeout = originalSetTimeout;

      expect(blobs).to.have.length(1);
      expect(blobs[0]!.type.startsWith('text/calendar')).to.equal(true);
      const ics = await blobs[0]!.text();
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
      expect(ics).to.contain('UID:BT-7K3Q9M@borgertid');
      expect(ics).to.contain('DTSTART;TZID=Europe/Copenhagen:20261201T101500');
      expect(ics).to.contain('Booking number: BT-7K3Q9M');
      expect(ics.replace(/\r\n /g, '')).to.contain(`URL:${MANAGE_URL}`);
      expect(clicked).to.deep.equal([{ href: 'blob:receipt-test', download: 'borgerservice-BT-7K3Q9M.ics', connected: true }]);
      expect(el.shadowRoot!.querySelector('a[download]')).to.equal(null);

      const { detail: eventDetail } = await event;
      expect(eventDetail.appointment).to.equal(appointment);
      expect(event).to.exist;

      expect(revoked).to.deep.equal([]);
      const revoke = timers.find((timer) => timer.delay === CALENDAR_URL_LIFETIME_MS);
      expect(revoke, 'a timer revokes the URL').to.exist;
      revoke!.callback();
      expect(revoked).to.deep.equal(['blob:receipt-test']);
    });

    it('revokes a pending URL when the receipt is removed', async () => {
      const el = await render(appointment);
      const revoked: string[] = [];
      URL.createObjectURL = () => 'blob:pending';
      URL.revokeObjectURL = (url: string) => void revoked.push(url);
      HTMLAnchorElement.prototype.click = () => {};
      el.downloadCalendar();
      el.remove();
      expect(revoked).to.deep.equal(['blob:pending']);
    });
  });

  describe('"Udskriv"', () => {
    const originalPrint = window.print;

    afterEach(() => {
      window.print = originalPrint;
      window.dispatchEvent(new Event('afterprint'));
    });

    function sheetText(sheet: CSSStyleSheet): string {
      return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
    }

    it('prints the receipt alone: adopts the print sheet during print and removes it after', async () => {
      const el = await render(appointment);
      const sheet = printIsolationSheet()!;
      expect(sheetText(sheet)).to.contain('@media print');
      expect(sheetText(sheet)).to.contain('data-bt-print-target');
      const before = document.adoptedStyleSheets.length;
      let duringPrint: { adopted: boolean; target: boolean; printing: boolean; ancestor: boolean } | undefined;
      let printed = 0;
      window.print = () => {
        printed += 1;
        duringPrint = {
          adopted: document.adoptedStyleSheets.includes(sheet),
          target: el.hasAttribute('data-bt-print-target'),
          printing: document.documentElement.hasAttribute('data-bt-printing'),
          ancestor: document.body.hasAttribute('data-bt-print-ancestor'),
        };
      };
      const event = oneEvent(el, 'bt-receipt-print');
      part(el, '[part="print-button"]').click();
      expect((await event).detail.appointment).to.equal(appointment);
      expect(printed).to.equal(1);
      expect(duringPrint).to.deep.equal({ adopted: true, target: true, printing: true, ancestor: true });

      // Some engines return from print() before the dialog closes: keep the sheet until afterprint.
      expect(document.adoptedStyleSheets.includes(sheet)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(document.adoptedStyleSheets.includes(sheet)).to.equal(false);
      expect(document.adoptedStyleSheets.length).to.equal(before);
      expect(el.hasAttribute('data-bt-print-target')).to.equal(false);
      expect(document.documentElement.hasAttribute('data-bt-printing')).to.equal(false);
      expect(document.querySelector('[data-bt-print-ancestor]')).to.equal(null);
    });

    it('reaches into the shadow roots that hold the receipt', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const shadow = wrapper.attachShadow({ mode: 'open' });
      const inner = document.createElement('section');
      const el = document.createElement('bt-receipt');
      el.appointment = appointment;
      inner.append(el);
      shadow.append(document.createElement('header'), inner);
      await el.updateComplete;
      const sheet = printIsolationSheet()!;
      let seen: { shadow: boolean; document: boolean; inner: boolean; wrapper: boolean } | undefined;
      window.print = () => {
        seen = {
          shadow: shadow.adoptedStyleSheets.includes(sheet),
          document: document.adoptedStyleSheets.includes(sheet),
          inner: inner.hasAttribute('data-bt-print-ancestor'),
          wrapper: wrapper.hasAttribute('data-bt-print-ancestor'),
        };
      };
      el.printReceipt();
      expect(seen).to.deep.equal({ shadow: true, document: true, inner: true, wrapper: true });
      window.dispatchEvent(new Event('afterprint'));
      expect(shadow.adoptedStyleSheets.includes(sheet)).to.equal(false);
      expect(inner.hasAttribute('data-bt-print-ancestor')).to.equal(false);
    });

    it('cleans up if the receipt is removed before afterprint', async () => {
      const el = await render(appointment);
      window.print = () => {};
      el.printReceipt();
      expect(document.adoptedStyleSheets.includes(printIsolationSheet()!)).to.equal(true);
      el.remove();
      expect(document.adoptedStyleSheets.includes(printIsolationSheet()!)).to.equal(false);
      expect(document.documentElement.hasAttribute('data-bt-printing')).to.equal(false);
    });
  });

  it('is accessible in Danish', async () => {
    const el = await render(appointment, { manageUrl: MANAGE_URL });
    await expect(el).to.be.accessible();
  });

  it('is accessible in English, with phone and without', async () => {
    await expect(await render(appointment, { lang: 'en' })).to.be.accessible();
    await expect(await render(freeErrand, { lang: 'en' })).to.be.accessible();
  });

  it('registering the tag twice does not throw', async () => {
    const { BtReceipt: Receipt } = await import('../../../src/define/bt-receipt.js');
    const { defineElement } = await import('../../../src/define/define.js');
    expect(() => defineElement('bt-receipt', Receipt)).not.to.throw();
    expect(customElements.get('bt-receipt')).to.equal(Receipt);
  });
});
