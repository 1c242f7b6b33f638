/**
 * borgertid's tags in Preact's JSX: their properties and their events as
 * `onbt-booked={(event) => …}` (Preact listens to the exact name after `on`). Load it once in
 * the app, e.g. `import type {} from 'borgertid/jsx-preact';` in a .d.ts file. Apart from the
 * package entry, so an app without Preact never resolves 'preact'.
 */
import type { JSX as PreactJSX } from 'preact';
import type { BtElements, BtJsxElements } from '../dist/types/index.js';

type PreactBtElements = {
  [Tag in keyof BtJsxElements]: BtJsxElements[Tag] & PreactJSX.HTMLAttributes<BtElements[Tag]>;
};

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tags into Preact's map
    interface IntrinsicElements extends PreactBtElements {}
  }
}
