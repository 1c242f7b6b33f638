// The calendar step's Danish, for the CDN build: the chunks that show it import this module before
// they register their elements, so the texts are in place before the first render (and a chunk
// carries no other step's texts).
import { addCatalogue } from '../i18n.js';
import calendar from './da/calendar.js';

addCatalogue('da', { calendar });
