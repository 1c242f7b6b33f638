import type { Messages } from '../../messages.js';
import type da from '../da/picker.js';

export default {
  heading: '',
} satisfies Messages<typeof da>;
