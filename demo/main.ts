// The demo's stand-in for the CDN script tag: it starts the embedded backend (msw serving the
// REST contract from a MemoryAdapter kept in this browser's localStorage), then loads the
// widgets exactly as the CDN bundle does. A real municipality only includes the bundle.
import { MemoryAdapter, type MemoryState } from '../src/adapters/memory/index.js';
import { createMockControls, setupBrowserMocks } from '../src/mocks/index.js';
import { applyPageLanguage, savedPageLanguage } from './page-text.js';

const STATE_KEY = 'borgertid-demo:bookings';

// The page's own language switch works from the first moment, before the backend is up.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => applyPageLanguage(button.dataset.lang === 'en' ? 'en' : 'da'));
}
if (savedPageLanguage() === 'en') applyPageLanguage('en');

function savedState(): MemoryState | undefined {
  try {
    const saved = localStorage.getItem(STATE_KEY);
    return saved ? (JSON.parse(saved) as MemoryState) : undefined;
  } catch {
    return undefined;
  }
}

// The snapshot holds references, times and names only: the adapter never stores a CPR number.
const adapter = new MemoryAdapter({
  state: savedState(),
  latencyMs: 250,
  onChange: (state) => localStorage.setItem(STATE_KEY, JSON.stringify(state)),
});
const controls = createMockControls();
await setupBrowserMocks({ adapter, controls, baseUrl: new URL('/api/v1', location.href).href });

// Tests and curious developers can flip the mock backend's faults from the console.
Object.assign(window, { borgertidDemo: { adapter, controls } });

await import('../src/cdn.js');
