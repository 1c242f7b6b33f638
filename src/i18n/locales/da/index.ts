// The Danish catalogue, every namespace: what a page speaks before it asks for anything else.
import booking from './booking.js';
import calendar from './calendar.js';
import common from './common.js';
import form from './form.js';
import manager from './manager.js';
import picker from './picker.js';
import receipt from './receipt.js';

export default { common, picker, calendar, form, receipt, booking, manager };
