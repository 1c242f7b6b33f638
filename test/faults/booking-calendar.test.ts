import { faultMatrix } from './matrix.js';
import { getAvailability, holdSlot, releaseHold } from './booking-scenarios.js';

faultMatrix('<bt-booking>, days, times and holds', [getAvailability, holdSlot, releaseHold] as never[]);
