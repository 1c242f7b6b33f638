import { faultMatrix } from './matrix.js';
import { book } from './booking-scenarios.js';

faultMatrix('<bt-booking>, confirming', [book] as never[]);
