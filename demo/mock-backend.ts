// The demo's in-browser backend for `vite --mode mock` (the end-to-end tests and a try without
// the server): msw serving the REST contract from a MemoryAdapter kept in this browser's
// localStorage, with switches to inject faults. `npm start` uses the reference server instead.
import { MemoryAdapter, type MemoryState } from '../src/adapters/memory/index.js';
import { createMockControls, setupBrowserMocks } from '../src/mocks/index.js';

const STATE_KEY = 'borgertid-demo:bookings';

function savedState(): MemoryState | undefined {
  try {
    const saved = localStorage.getItem(STATE_KEY);
    return saved ? (JSON.parse(saved) as MemoryState) : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the mock backend at `baseUrl`; resolves once the service worker intercepts. */
export async function startMockBackend(baseUrl: string): Promise<void> {
  // The snapshot holds references, times and names only: the adapter never stores a CPR number.
  const adapter = new MemoryAdapter({
    state: savedState(),
    latencyMs: 250,
    onChange: (state) => localStorage.setItem(STATE_KEY, JSON.stringify(state)),
  });
  const controls = createMockControls();
  await setupBrowserMocks({ adapter, controls, baseUrl });
  // Tests and curious developers can flip the mock backend's faults from the console.
  Object.assign(window, { borgertidDemo: { adapter, controls } });
}
