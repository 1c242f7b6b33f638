import { BtReceipt, type ReceiptDownloadEvent, type ReceiptPrintEvent } from '../components/receipt/receipt.js';
import { defineElement } from './define.js';

defineElement('bt-receipt', BtReceipt);

export { BtReceipt };

declare global {
  interface HTMLElementTagNameMap {
    'bt-receipt': BtReceipt;
  }
  interface GlobalEventHandlersEventMap {
    'bt-receipt-download': ReceiptDownloadEvent;
    'bt-receipt-print': ReceiptPrintEvent;
  }
}
