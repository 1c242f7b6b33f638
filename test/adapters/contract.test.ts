import type { SetupWorker } from 'msw/browser';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { createHandlers, setupBrowserMocks } from '../../src/mocks/index.js';
import { adapterContract, contractClock } from './contract.js';

adapterContract('MemoryAdapter', async () => {
  const adapter = new MemoryAdapter({ now: contractClock });
  return { adapter, takeSlot: (slotId) => adapter.takeSlot(slotId) };
});

describe('over HTTP', () => {
  const baseUrl = 'https://booking.example.test/api';
  let worker: SetupWorker;

  before(async () => {
    worker = await setupBrowserMocks({ baseUrl, adapter: new MemoryAdapter({ now: contractClock }) });
  });

  after(() => worker.stop());

  adapterContract('RestAdapter + msw + MemoryAdapter', async () => {
    // A fresh backend per test behind the one worker.
    const backend = new MemoryAdapter({ now: contractClock });
    worker.resetHandlers(...createHandlers({ baseUrl, adapter: backend }));
    return { adapter: new RestAdapter({ baseUrl }), takeSlot: (slotId) => backend.takeSlot(slotId) };
  });
});
