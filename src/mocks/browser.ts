/** Starts the mock backend in a browser page through msw's service worker. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockControls, type MockControls } from './controls.js';
import { createHandlers, type MockBackend } from './handlers.js';

export interface BrowserMocksOptions {
  adapter: MockBackend;
  baseUrl: string;
  /** The switches stories and tests flip; a healthy set when left out. */
  controls?: MockControls;
}

/**
 * Registers the worker (served at /mockServiceWorker.js) and resolves once it intercepts.
 * Requests the contract does not know pass through untouched.
 */
export async function setupBrowserMocks({
  adapter,
  baseUrl,
  controls = createMockControls(),
}: BrowserMocksOptions): Promise<SetupWorker> {
  const worker = setupWorker(...createHandlers({ baseUrl, adapter, faults: controls }));
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
  return worker;
}
