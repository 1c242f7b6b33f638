import { BtSlotCalendar } from '../components/slot-calendar/slot-calendar.js';
import { defineElement } from './define.js';

defineElement('bt-slot-calendar', BtSlotCalendar);

export { BtSlotCalendar };
export type { DaySelectDetail, MonthChangeDetail, SlotSelectDetail } from '../components/slot-calendar/slot-calendar.js';
// The tags and bt-* events in the DOM's type maps, for an app that imports only this module.
export type {} from '../elements.js';
