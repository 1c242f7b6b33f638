import { BtReceipt } from '../components/receipt/receipt.js';
import { defineElement } from './define.js';

defineElement('bt-receipt', BtReceipt);

export { BtReceipt };
export type { ReceiptDownloadEvent, ReceiptEventDetail, ReceiptPrintEvent } from '../components/receipt/receipt.js';
// The tags and bt-* events in the DOM's type maps, for an app that imports only this module.
export type {} from '../elements.js';
