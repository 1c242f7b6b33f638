export { createHandlers, type CreateHandlersOptions, type MockBackend } from './handlers.js';
export { createMockControls, type MockControls, type MockFaults, type MockFailure } from './controls.js';
export { setupBrowserMocks, type BrowserMocksOptions } from './browser.js';
