// "Mine aftaler / Ændr eller aflys" of the demo municipality: the same embedded backend and
// bundle as the booking page (main.ts registers every element, <bt-appointment-manager> too,
// only once the backend is up, so its first lookup is answered).
import './main.js';
