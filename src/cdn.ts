/**
 * The CDN bundle: everything in one file that registers every element, for a webmaster's
 * single `<script type="module" src=".../borgertid.js">`. The API is on `window.borgertid`
 * too, for pages that want an adapter of their own without a build step.
 */
import './define/all.js';
import * as borgertid from './index.js';

export * from './index.js';

declare global {
  interface Window {
    borgertid?: typeof borgertid;
  }
}

window.borgertid ??= borgertid;
