import type { Messages } from '../../messages.js';
import type da from '../da/calendar.js';

export default {
  heading: '',
} satisfies Messages<typeof da>;
