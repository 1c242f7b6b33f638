// The Danish of the later steps (calendar, details form, receipt, appointment manager), for the
// CDN build: each step's chunk imports this module before it registers its element, so the
// texts are in place before the element first renders.
import { addCatalogue } from '../i18n.js';
import calendar from './da/calendar.js';
import form from './da/form.js';
import manager from './da/manager.js';
import receipt from './da/receipt.js';

addCatalogue('da', { calendar, form, receipt, manager });
