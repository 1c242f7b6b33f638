// Registers every borgertid element.
import './bt-appointment-manager.js';
import './bt-booking.js';
import './bt-contact-form.js';
import './bt-cpr-input.js';
import './bt-receipt.js';
import './bt-service-picker.js';
import './bt-slot-calendar.js';

// The tags and bt-* events in the DOM's type maps.
export type {} from '../elements.js';
