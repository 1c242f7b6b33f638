import type { Service } from './types.js';

/** Whether an errand can be booked at an office: a service without `locationIds` is offered everywhere. */
export function offeredAt(service: Pick<Service, 'locationIds'>, locationId: string): boolean {
  return !service.locationIds || service.locationIds.includes(locationId);
}
