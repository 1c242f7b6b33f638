import { expect } from '@open-wc/testing';
import { BookingError } from '../src/core/errors.js';

describe('BookingError', () => {
  it('carries a code and details', () => {
    const error = new BookingError('rate-limited', 'slow down', { retryAfter: 30 });
    expect(error).to.be.instanceOf(Error);
    expect(error.code).to.equal('rate-limited');
    expect(error.retryAfter).to.equal(30);
    expect(error.retryable).to.equal(true);
    expect(new BookingError('slot-taken', 'x').retryable).to.equal(false);
  });
});
