// The demo's stand-in for the CDN script tag: it loads the widgets exactly as the CDN bundle
// does. Their `api` is /api on this origin, which Vite passes on to the reference server
// (`npm start`), or, in `vite --mode mock`, msw answers in the browser. A real municipality
// only includes the bundle.
import { applyPageLanguage, savedPageLanguage } from './page-text.js';

const API = new URL('/api', location.href).href;

// The page's own language switch works from the first moment, before the widgets are up.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => applyPageLanguage(button.dataset.lang === 'en' ? 'en' : 'da'));
}
if (savedPageLanguage() === 'en') applyPageLanguage('en');

if (import.meta.env.MODE === 'mock') {
  const { startMockBackend } = await import('./mock-backend.js');
  await startMockBackend(API);
} else {
  // A mock run on this origin earlier left its service worker registered; the real server
  // must see every request, so it goes (it already lets through pages it did not start).
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((registration) => registration.unregister()));
}

await import('../src/cdn.js');
