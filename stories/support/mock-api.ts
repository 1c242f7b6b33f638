import { setupBrowserMocks } from '../../src/mocks/browser.js';
import { demoSignIn, sampleBackend } from './backends.js';

/** Where the stories' mock REST API answers (same origin: msw's worker intercepts it). */
export const MOCK_API = '/mock-api';

let started: Promise<unknown> | undefined;

/**
 * A Storybook loader: the REST contract served in the page by msw's service worker (from
 * `public/`, which Storybook serves at the root) over the sample municipality with the
 * demonstration sign-in (so `/session` answers, as a server with sign-in does), and the `api`
 * attribute a webmaster types works in a story. Started once per canvas.
 */
export async function mockApiLoader(): Promise<Record<string, never>> {
  started ??= setupBrowserMocks({ adapter: sampleBackend({ auth: demoSignIn() }), baseUrl: MOCK_API });
  await started;
  return {};
}
