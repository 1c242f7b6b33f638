// "Mine aftaler / Ændr eller aflys" of the demo municipality: the same embedded backend and
// widgets as the booking page (main.ts), plus <bt-appointment-manager>.
import './main.js';
import '../src/define/bt-appointment-manager.js';
