// The bench's borgertid bundle: the calendar element alone, self-registering, built like cally's.
import '../../src/define/bt-slot-calendar.js';
