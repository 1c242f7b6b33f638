export { type BackendDeps, type DomainBackend, RECENT_PAST_DAYS, createBackend } from './backend.js';
export { MAX_RANGE_DAYS } from '../../../src/core/schedule.js';
export { type MaintenanceResult, maintain, purgeExpiredPersonalData, releaseLapsedHolds } from './retention.js';
