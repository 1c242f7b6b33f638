export { MemoryAdapter, type MemoryAdapterOptions, type MemoryCallOptions } from './memory-adapter.js';
export { MAX_RANGE_DAYS } from '../../core/schedule.js';
export type { MemoryState, StoredBooking, StoredHold } from './store.js';
export {
  CENTRUM_ID,
  NORD_ID,
  SAMPLE_CONFIG,
  SAMPLE_LOCATIONS,
  SAMPLE_MUNICIPALITY,
  SAMPLE_PHONE,
  SAMPLE_SERVICES,
} from './sample-data.js';
