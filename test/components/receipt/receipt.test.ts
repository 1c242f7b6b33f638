import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/bt-receipt.js';
import { CALENDAR_URL_LIFETIME_MS } from '../../../src/components/receipt/receipt.js';
import { printIsolationSheet } from '../../../src/components/receipt/print-isolation.js';
import type { Appointment } from '../../../src/core/types.js';
import { ManualClock } from '../../support/manual-clock.js';
import { appointment, freeErrand, MANAGE_URL } from './fixtures.js';
import { mountReceipt, text } from './receipt-object.js';

/** What the receipt's events tell the page: ids and times, never the token or the name. */
const SLIM_DETAIL = {
  reference: 'BT-7K3Q9M',
  serviceId: 'pas',
  locationId: 'norrebro',
  start: '2026-12-01T10:15:00+01:00',
  end: '2026-12-01T10:30:00+01:00',
};

describe('<bt-receipt>', () => {
  it('after a move says so, and leaves changing or cancelling to the manager around it', async () => {
    const receipt = await mountReceipt(appointment, { manageUrl: MANAGE_URL });
    receipt.el.moved = true;
    await receipt.el.updateComplete;
    expect(text(receipt.heading)).to.equal('Din tid er flyttet');
    expect(receipt.queryByRole('region', 'Ændr eller aflys'), 'no change-or-cancel section').to.equal(null);
    expect(receipt.section('Det skal du medbringe'), 'the rest of the receipt stays').to.not.equal(null);
    await expect(receipt.el).to.be.accessible();
  });

  it('renders nothing without an appointment', async () => {
    const receipt = await mountReceipt(undefined);
    expect(receipt.queryByRole('article')).to.equal(null);
    expect(receipt.root.children.length).to.equal(0);
  });

  it('shows everything in Danish, with the manage link', async () => {
    const receipt = await mountReceipt(appointment, { manageUrl: MANAGE_URL });
    expect(text(receipt.heading)).to.equal('Din tid er bestilt');
    expect(receipt.heading.tagName).to.equal('H2');
    expect(receipt.heading.id).to.equal('heading');
    expect(receipt.nameOf(receipt.getByRole('article')), 'the article is named by its heading').to.equal('Din tid er bestilt');
    expect(receipt.reference).to.equal('BT-7K3Q9M');
    expect(receipt.detail('Ærinde')).to.equal('Pas');
    expect(receipt.detail('Tiden er til')).to.equal('Anna Jensen');
    expect(receipt.detail('Dato')).to.equal('tirsdag den 1. december 2026');
    expect(receipt.detail('Tid')).to.equal('kl. 10.15–10.30 (15 minutter)');
    expect(receipt.detail('Sted')).to.equal('Borgerservice Nørrebro Nørrebrogade 208 2200 København N');
    expect(receipt.detail('Tilgængelighed')).to.equal('Niveaufri adgang fra Nørrebrogade. Handicaptoilet i stueetagen.');
    expect(receipt.detail('Pris')).to.equal('627 kr.');

    const documents = receipt.section('Det skal du medbringe');
    expect(documents.querySelector('h3'), 'the section heading is an h3 inside it').to.exist;
    expect(text(documents.querySelector('h3'))).to.equal('Det skal du medbringe');
    expect(receipt.checkboxes.map((box) => receipt.nameOf(box))).to.deep.equal([
      'Dit gamle pas',
      'Billedlegitimation, fx kørekort',
      'Pasfoto, hvis du har et',
    ]);

    const arrival = receipt.section('Når du kommer');
    expect(text(arrival.querySelector('h3'))).to.equal('Når du kommer');
    expect(text(arrival)).to.contain('Scan QR-koden i automaten ved indgangen');

    const link = receipt.manageLink;
    expect(link, 'the manage link').to.exist;
    expect(link!.href).to.equal(MANAGE_URL);
    expect(text(link)).to.equal('Ændr eller aflys din tid');
    expect(receipt.allByRole<HTMLAnchorElement>('link').filter((a) => a.href.startsWith('tel:'))).to.deep.equal([]);

    expect(text(receipt.calendarButton)).to.equal('Tilføj til kalender');
    expect(text(receipt.printButton)).to.equal('Udskriv');
  });

  it('says what to do on arrival as the office checks citizens in: machine, desk, or not said', async () => {
    const cases: Array<[string, Appointment['location']['checkIn'], string, boolean]> = [
      ['da', 'kiosk', 'Scan QR-koden i automaten ved indgangen', true],
      ['da', 'desk', 'Sig dit bestillingsnummer i skranken, når du kommer.', false],
      ['da', undefined, 'Vis QR-koden, eller sig dit bestillingsnummer, når du kommer.', true],
      ['en', 'desk', 'Give your booking number at the front desk when you arrive.', false],
      ['en', undefined, 'Show the QR code or give your booking number when you arrive.', true],
    ];
    for (const [lang, checkIn, words, qr] of cases) {
      const location = { ...appointment.location, checkIn };
      if (!checkIn) delete location.checkIn;
      const receipt = await mountReceipt({ ...appointment, location }, { lang });
      const arrival = receipt.section(lang === 'da' ? 'Når du kommer' : 'When you arrive');
      expect(text(arrival), `${lang} ${checkIn}`).to.contain(words);
      if (checkIn !== 'kiosk')
        expect(text(arrival), `${lang} ${checkIn}: no machine named`).not.to.match(/automat|ticket machine/i);
      expect(arrival.querySelector('[part="qr"]') !== null, `${lang} ${checkIn}: a QR code`).to.equal(qr);
    }
  });

  it('shows everything in English, with the phone number when there is no manage link', async () => {
    const receipt = await mountReceipt(appointment, { lang: 'en' });
    expect(text(receipt.heading)).to.equal('Your appointment is booked');
    expect(receipt.reference).to.equal('BT-7K3Q9M');
    expect(receipt.detail('Errand')).to.equal('Pas');
    expect(receipt.detail('Date')).to.equal('Tuesday, 1 December 2026');
    expect(receipt.detail('Time')).to.equal('10:15–10:30 (15 minutes)');
    expect(receipt.detail('Price')).to.equal('DKK 627');
    expect(text(receipt.section('Please bring').querySelector('h3'))).to.equal('Please bring');
    expect(receipt.manageLink).to.equal(null);
    expect(receipt.root.querySelector('[part="manage-link"]')).to.equal(null);
    const manage = receipt.section('Change or cancel');
    expect(text(manage)).to.contain('Call Borgerservice Nørrebro on 33 66 33 66.');
    const phone = receipt.getByRole<HTMLAnchorElement>('link', '33 66 33 66');
    expect(manage.contains(phone)).to.equal(true);
    expect(phone.getAttribute('href')).to.equal('tel:+4533663366');
    expect(text(receipt.calendarButton)).to.equal('Add to calendar');
  });

  it('says a free errand is free, with nothing to bring and no phone to call', async () => {
    const receipt = await mountReceipt(freeErrand);
    expect(receipt.detail('Pris')).to.equal('Gratis');
    expect(text(receipt.section('Det skal du medbringe'))).to.contain('Du skal ikke medbringe noget særligt.');
    expect(receipt.checkboxes).to.deep.equal([]);
    expect(text(receipt.section('Ændr eller aflys'))).to.contain('Kontakt Borgerservice Nørrebro');
    expect(receipt.terms).not.to.include('Tiden er til');
    expect(receipt.terms).not.to.include('Tilgængelighed');
  });

  it('shows Copenhagen time however the instant was written, also in summer', async () => {
    const receipt = await mountReceipt({ ...appointment, start: '2026-07-14T11:00:00Z', end: '2026-07-14T11:20:00.000Z' });
    expect(receipt.detail('Dato')).to.equal('tirsdag den 14. juli 2026');
    expect(receipt.detail('Tid')).to.equal('kl. 13.00–13.20 (15 minutter)');
  });

  it('writes a fee with a thousands separator in each language', async () => {
    const expensive = { ...appointment, service: { ...appointment.service, fee: 1234 } };
    expect((await mountReceipt(expensive)).detail('Pris')).to.equal('1.234 kr.');
    expect((await mountReceipt(expensive, { lang: 'en' })).detail('Price')).to.equal('DKK 1,234');
  });

  it('writes øre with two decimals in each language', async () => {
    const withOre = { ...appointment, service: { ...appointment.service, fee: 727.5 } };
    expect((await mountReceipt(withOre)).detail('Pris')).to.equal('727,50 kr.');
    expect((await mountReceipt(withOre, { lang: 'en' })).detail('Price')).to.equal('DKK 727.50');
  });

  it('ignores a manage link that is not http(s) and resolves a relative one', async () => {
    const unsafe = await mountReceipt(appointment, { manageUrl: 'javascript:alert(1)' });
    expect(unsafe.manageLink).to.equal(null);
    expect(unsafe.root.innerHTML).not.to.contain('javascript:');
    expect(text(unsafe.section('Ændr eller aflys'))).to.contain('33 66 33 66');
    const relative = await mountReceipt(appointment, { manageUrl: '/aendre?token=abc' });
    expect(relative.manageLink, 'the manage link').to.exist;
    expect(relative.manageLink!.href).to.equal(new URL('/aendre?token=abc', document.baseURI).href);
  });

  it('renders backend text as text, never as HTML', async () => {
    const hostile: Appointment = {
      ...appointment,
      service: { ...appointment.service, name: '<img src=x onerror="window.hacked=1">Pas', documentsToBring: ['<b>fed</b>'] },
      location: { ...appointment.location, accessibilityNote: '<script>window.hacked=1</script>' },
    };
    const receipt = await mountReceipt(hostile);
    expect(receipt.root.querySelector('img, b, script')).to.equal(null);
    expect(receipt.detail('Ærinde')).to.equal('<img src=x onerror="window.hacked=1">Pas');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('never shows a CPR number, even if the object carries one', async () => {
    const withCpr = { ...appointment, cpr: '0101901234', citizen: { cpr: '010190-1234' } } as Appointment;
    const receipt = await mountReceipt(withCpr, { manageUrl: MANAGE_URL });
    const shown = text(receipt.root) + receipt.root.innerHTML;
    expect(shown).not.to.contain('0101901234');
    expect(shown).not.to.contain('010190-1234');
  });

  it('focusHeading() moves focus to the heading', async () => {
    const receipt = await mountReceipt(appointment);
    await receipt.el.focusHeading();
    expect(receipt.focused).to.equal(receipt.heading);
    expect(document.activeElement).to.equal(receipt.el);
  });

  it('fits the host page outline: an h2 with h3 sections by default, or the level given', async () => {
    const byDefault = await mountReceipt(appointment);
    expect(byDefault.headingTags).to.deep.equal(['H2', 'H3', 'H3', 'H3']);
    byDefault.el.headingLevel = 3;
    await byDefault.el.updateComplete;
    expect(byDefault.headingTags).to.deep.equal(['H3', 'H4', 'H4', 'H4']);
    await byDefault.el.focusHeading();
    expect(byDefault.focused?.tagName).to.equal('H3');
    const fromAttribute = await mountReceipt(appointment, { headingLevel: 4 });
    expect(fromAttribute.headingTags).to.deep.equal(['H4', 'H5', 'H5', 'H5']);
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
    const receipt = await mountReceipt(appointment);
    const qr = receipt.getByRole('img', 'QR-kode med bestillingsnummer BT-7K3Q9M');
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('part')).to.equal('qr');
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
    await receipt.switchLang('en');
    expect(qr.getAttribute('aria-label')).to.equal('QR code with booking number BT-7K3Q9M');
  });

  it('re-renders when the language changes, keeping the ticked boxes', async () => {
    const receipt = await mountReceipt(appointment, { manageUrl: MANAGE_URL });
    receipt.checkboxes[0]!.click();
    await receipt.switchLang('en');
    expect(text(receipt.heading)).to.equal('Your appointment is booked');
    expect(receipt.detail('Date')).to.equal('Tuesday, 1 December 2026');
    expect(receipt.checkboxes[0]!.checked).to.equal(true);
    await receipt.switchLang('da');
    expect(text(receipt.heading)).to.equal('Din tid er bestilt');
  });

  it('starts a fresh checklist for another appointment', async () => {
    const receipt = await mountReceipt(appointment);
    receipt.checkboxes[0]!.click();
    receipt.el.appointment = { ...appointment, reference: 'BT-OTHER1' };
    await receipt.el.updateComplete;
    expect(receipt.checkboxes[0]!.checked).to.equal(false);
  });

  it('shows a cancelled appointment without the booking actions', async () => {
    const receipt = await mountReceipt({ ...appointment, status: 'cancelled' }, { manageUrl: MANAGE_URL });
    expect(text(receipt.heading)).to.equal('Din tid er aflyst');
    for (const name of ['actions', 'qr', 'documents', 'manage']) {
      expect(receipt.root.querySelector(`[part="${name}"]`), name).to.equal(null);
    }
    expect(receipt.queryByRole('button', 'Tilføj til kalender')).to.equal(null);
    expect(receipt.queryByRole('button', 'Udskriv')).to.equal(null);
    expect(receipt.manageLink).to.equal(null);
    await expect(receipt.el).to.be.accessible();
  });

  it('puts every documented part on what it names', async function () {
    const receipt = await mountReceipt(appointment, { manageUrl: MANAGE_URL });
    const partOf = (element: Element | null) => element?.getAttribute('part');
    expect(partOf(receipt.getByRole('article'))).to.equal('base');
    expect(partOf(receipt.heading)).to.equal('heading');
    expect(partOf(receipt.heading.closest('[part="banner"]'))).to.equal('banner');
    expect(partOf(receipt.getByRole('group', 'Bestillingsnummer'))).to.equal('reference');
    expect(partOf(receipt.root.querySelector('dl'))).to.equal('details');
    expect(partOf(receipt.section('Det skal du medbringe'))).to.equal('documents');
    expect(partOf(receipt.section('Det skal du medbringe').querySelector('ul'))).to.equal('checklist');
    expect(partOf(receipt.section('Når du kommer'))).to.equal('arrival');
    expect(partOf(receipt.section('Ændr eller aflys'))).to.equal('manage');
    expect(partOf(receipt.manageLink)).to.equal('manage-link');
    expect(partOf(receipt.getByRole('group', 'Gem kvitteringen'))).to.equal('actions');
    expect(partOf(receipt.calendarButton)).to.equal('calendar-button');
    expect(partOf(receipt.printButton)).to.equal('print-button');
    if (receipt.copyButton) expect(partOf(receipt.copyButton)).to.equal('copy-button');
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
      const receipt = await mountReceipt(appointment);
      const button = receipt.copyButton;
      expect(button, 'the copy button, named "Kopiér bestillingsnummeret"').to.exist;
      expect(button!.getAttribute('aria-label')).to.equal('Kopiér bestillingsnummeret');
      expect(text(button)).to.equal('Kopiér');
      expect(receipt.status).to.equal('');
      button!.click();
      await receipt.settle();
      expect(copied).to.deep.equal(['BT-7K3Q9M']);
      expect(receipt.status).to.equal('Bestillingsnummeret er kopieret.');
    });

    it('says when copying failed', async function () {
      if (!clipboard) this.skip();
      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: async () => {
          throw new DOMException('denied', 'NotAllowedError');
        },
      });
      const receipt = await mountReceipt(appointment, { lang: 'en' });
      receipt.copyButton!.click();
      await receipt.settle();
      expect(receipt.status).to.equal('The booking number could not be copied. Please write it down instead.');
    });
  });

  describe('"Tilføj til kalender"', () => {
    const originalCreate = URL.createObjectURL;
    const originalRevoke = URL.revokeObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;

    afterEach(() => {
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
      HTMLAnchorElement.prototype.click = originalClick;
    });

    it('downloads an .ics blob of type text/calendar, then revokes its URL', async () => {
      const clock = new ManualClock('2026-11-20T08:30:00Z');
      const receipt = await mountReceipt(appointment, { lang: 'en', manageUrl: MANAGE_URL, clock });
      const blobs: Blob[] = [];
      const revoked: string[] = [];
      const clicked: Array<{ href: string; download: string; connected: boolean }> = [];
      URL.createObjectURL = (object: Blob | MediaSource) => {
        blobs.push(object as Blob);
        return 'blob:receipt-test';
      };
      URL.revokeObjectURL = (url: string) => void revoked.push(url);
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push({ href: this.href, download: this.download, connected: this.isConnected });
      };
      const event = oneEvent(receipt.el, 'bt-receipt-download');
      receipt.calendarButton.click();

      expect(blobs).to.have.length(1);
      expect(blobs[0]!.type.startsWith('text/calendar')).to.equal(true);
      const ics = await blobs[0]!.text();
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
      expect(ics).to.contain('UID:BT-7K3Q9M@borgertid');
      expect(ics).to.contain('DTSTART;TZID=Europe/Copenhagen:20261201T101500');
      expect(ics, 'stamped with the receipt clock').to.contain('DTSTAMP:20261120T083000Z');
      expect(ics).to.contain('Booking number: BT-7K3Q9M');
      // The manage link carries the token, and calendars sync and share: the file says to call.
      const unfolded = ics.replace(/\r\n /g, '');
      expect(unfolded).not.to.contain('URL:');
      expect(unfolded).not.to.contain('tok_3f9a2c');
      expect(unfolded).to.contain('Call Borgerservice Nørrebro on 33 66 33 66.');
      expect(clicked).to.deep.equal([{ href: 'blob:receipt-test', download: 'borgerservice-BT-7K3Q9M.ics', connected: true }]);
      expect(receipt.root.querySelector('a[download]')).to.equal(null);

      const { detail: eventDetail } = await event;
      expect(eventDetail).to.deep.equal(SLIM_DETAIL);

      expect(revoked).to.deep.equal([]);
      clock.advance(CALENDAR_URL_LIFETIME_MS - 1);
      expect(revoked, 'still downloading').to.deep.equal([]);
      clock.advance(1);
      expect(revoked, 'a timer revokes the URL').to.deep.equal(['blob:receipt-test']);
      expect(clock.pendingTimers).to.equal(0);
    });

    it('revokes a pending URL when the receipt is removed', async () => {
      const clock = new ManualClock('2026-11-20T08:30:00Z');
      const receipt = await mountReceipt(appointment, { clock });
      const revoked: string[] = [];
      URL.createObjectURL = () => 'blob:pending';
      URL.revokeObjectURL = (url: string) => void revoked.push(url);
      HTMLAnchorElement.prototype.click = () => {};
      receipt.el.downloadCalendar();
      receipt.el.remove();
      expect(revoked).to.deep.equal(['blob:pending']);
      expect(clock.pendingTimers, 'its timer is cancelled').to.equal(0);
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
      const receipt = await mountReceipt(appointment);
      const el = receipt.el;
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
      receipt.printButton.click();
      expect((await event).detail).to.deep.equal(SLIM_DETAIL);
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
      const { el } = await mountReceipt(appointment);
      window.print = () => {};
      el.printReceipt();
      expect(document.adoptedStyleSheets.includes(printIsolationSheet()!)).to.equal(true);
      el.remove();
      expect(document.adoptedStyleSheets.includes(printIsolationSheet()!)).to.equal(false);
      expect(document.documentElement.hasAttribute('data-bt-printing')).to.equal(false);
    });
  });

  it('is accessible in Danish', async () => {
    const receipt = await mountReceipt(appointment, { manageUrl: MANAGE_URL });
    await expect(receipt.el).to.be.accessible();
  });

  it('is accessible in English, with phone and without', async () => {
    await expect((await mountReceipt(appointment, { lang: 'en' })).el).to.be.accessible();
    await expect((await mountReceipt(freeErrand, { lang: 'en' })).el).to.be.accessible();
  });

  it('registering the tag twice does not throw', async () => {
    const { BtReceipt: Receipt } = await import('../../../src/define/bt-receipt.js');
    const { defineElement } = await import('../../../src/define/define.js');
    expect(() => defineElement('bt-receipt', Receipt)).not.to.throw();
    expect(customElements.get('bt-receipt')).to.equal(Receipt);
  });
});
