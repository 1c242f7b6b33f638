import { expect } from '@open-wc/testing';
import * as api from '../src/index.js';

const TAGS = ['bt-booking', 'bt-service-picker', 'bt-slot-calendar', 'bt-contact-form', 'bt-receipt'];

describe('package entry', () => {
  it('exports the public API', () => {
    expect(api.parseCpr('010190-1234')).to.deep.equal({ digits: '0101901234', birthDate: '1990-01-01' });
    expect(new api.BookingError('timeout', 'x')).to.be.instanceOf(Error);
    expect(new api.MemoryAdapter().getLocations).to.be.a('function');
    expect(new api.RestAdapter({ baseUrl: 'https://booking.example.test/api' }).book).to.be.a('function');
    for (const element of [api.BtBooking, api.BtServicePicker, api.BtSlotCalendar, api.BtContactForm, api.BtReceipt]) {
      expect(element.prototype).to.be.instanceOf(HTMLElement);
    }
  });

  it('registers no element', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('registers every element through define/all, and a second registration is harmless', async () => {
    await import('../src/define/all.js');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.not.equal(undefined);
    const { defineElement } = await import('../src/define/define.js');
    expect(() => defineElement('bt-booking', api.BtBooking)).to.not.throw();
  });
});
