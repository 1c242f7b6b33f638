import type { SetupWorker } from 'msw/browser';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { createHandlers, setupBrowserMocks } from '../../src/mocks/index.js';
import { adapterContract, contractClock, testAuth } from './contract.js';

adapterContract('MemoryAdapter', async () => {
  const auth = testAuth();
  const adapter = new MemoryAdapter({ now: contractClock, auth });
  return { adapter, takeSlot: (slotId) => adapter.takeSlot(slotId), signIn: auth.signIn };
});

describe('over HTTP', () => {
  const baseUrl = 'https://booking.example.test/api';
  let worker: SetupWorker;

  before(async () => {
    worker = await setupBrowserMocks({ baseUrl, adapter: new MemoryAdapter({ now: contractClock }) });
  });

  after(() => worker.stop());

  adapterContract('RestAdapter + msw + MemoryAdapter', async () => {
    // A fresh backend per test behind the one worker; its session stands for the server's sign-in cookie.
    const auth = testAuth();
    const backend = new MemoryAdapter({ now: contractClock, auth });
    worker.resetHandlers(...createHandlers({ baseUrl, adapter: backend }));
    return { adapter: new RestAdapter({ baseUrl }), takeSlot: (slotId) => backend.takeSlot(slotId), signIn: auth.signIn };
  });
});
