import { defineElement } from './define.js';
import {
  BtSlotCalendar,
  type DaySelectDetail,
  type MonthChangeDetail,
  type SlotSelectDetail,
} from '../components/slot-calendar/slot-calendar.js';

defineElement('bt-slot-calendar', BtSlotCalendar);

export { BtSlotCalendar };

declare global {
  interface HTMLElementTagNameMap {
    'bt-slot-calendar': BtSlotCalendar;
  }
  interface GlobalEventHandlersEventMap {
    'bt-slot-select': CustomEvent<SlotSelectDetail>;
    'bt-day-select': CustomEvent<DaySelectDetail>;
    'bt-month-change': CustomEvent<MonthChangeDetail>;
  }
}
