import { expect } from '@open-wc/testing';

describe('time-zone group', () => {
  it('runs in a browser whose zone is not Copenhagen', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.not.equal('Europe/Copenhagen');
  });
});
