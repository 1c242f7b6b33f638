export { MemoryAdapter, MAX_RANGE_DAYS, type MemoryAdapterOptions, type MemoryCallOptions } from './memory-adapter.js';
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
