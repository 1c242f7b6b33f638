/**
 * borgertid's tags in React 19's JSX: their properties (React 19 sets them as properties) and
 * their events as `onbt-booked={(event) => …}` (React 19 listens to the exact name after `on`).
 * Load it once in the app, e.g. `import type {} from 'borgertid/jsx-react';` in a .d.ts file.
 * Apart from the package entry, so an app without React never resolves 'react'.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BtElements, BtJsxElements } from '../dist/types/index.js';

type ReactBtElements = {
  [Tag in keyof BtJsxElements]: BtJsxElements[Tag] & DetailedHTMLProps<HTMLAttributes<BtElements[Tag]>, BtElements[Tag]>;
};

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tags into React's map
    interface IntrinsicElements extends ReactBtElements {}
  }
}
