import { faultMatrix } from './matrix.js';
import { getLocations, getServices, getSession } from './booking-scenarios.js';

faultMatrix('<bt-booking>, offices, errands and sign-in', [getLocations, getServices, getSession] as never[]);
