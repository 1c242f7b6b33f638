/**
 * The municipality's configuration (`BT_CONFIG`: a JSON or YAML file) as a `MunicipalityConfig`
 * (src/core/municipality.ts), checked before the server starts. Every mistake is reported at
 * once with its path (`errands[2].durationMinutes must be a positive integer`), so a webmaster
 * fixes the file in one round. Without a file the server runs the sample "Eksempel Kommune".
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { SAMPLE_CONFIG } from '../../../src/adapters/memory/sample-data.js';
import type { MunicipalityConfig } from '../../../src/core/municipality.js';
import { isValidDate } from '../../../src/core/time.js';

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Invalid municipality configuration (${source}):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the file, or answers the sample municipality when there is none. */
export async function loadMunicipalityConfig(file: string | undefined): Promise<MunicipalityConfig> {
  if (!file) return SAMPLE_CONFIG;
  const text = await readFile(file, 'utf8');
  let value: unknown;
  try {
    value = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(file, [`not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${(error as Error).message}`]);
  }
  return validateMunicipalityConfig(value, file);
}

/** Ids go into slot ids (`office:errand:date`) and URLs: no colons, nothing to escape. */
const ID_PATTERN = /^[A-Za-z0-9_.~-]{1,64}$/;
const TIME_PATTERN = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

type Json = Record<string, unknown>;

/** The configuration, checked; throws a `ConfigError` listing every problem. */
export function validateMunicipalityConfig(value: unknown, source = 'configuration'): MunicipalityConfig {
  const problems: string[] = [];
  const problem = (path: string, text: string): void => {
    problems.push(`${path} ${text}`);
  };
  const isObject = (item: unknown): item is Json => typeof item === 'object' && item !== null && !Array.isArray(item);

  /** An object with only the given members; false (and a problem) when it is not an object. */
  const object = (item: unknown, path: string, members: readonly string[]): item is Json => {
    if (!isObject(item)) {
      problem(path, 'must be an object');
      return false;
    }
    for (const member of Object.keys(item)) if (!members.includes(member)) problem(`${path}.${member}`, 'is not a known member');
    return true;
  };
  const array = (item: unknown, path: string, nonEmpty = false): unknown[] => {
    if (!Array.isArray(item)) {
      problem(path, 'must be a list');
      return [];
    }
    if (nonEmpty && item.length === 0) problem(path, 'must not be empty');
    return item;
  };
  const text = (item: unknown, path: string, optional = false): void => {
    if (item === undefined && optional) return;
    if (typeof item !== 'string' || item.trim() === '') problem(path, 'must be a non-empty text');
  };
  const localized = (item: unknown, path: string, optional = false): void => {
    if (item === undefined && optional) return;
    if (!object(item, path, ['da', 'en'])) return;
    text(item.da, `${path}.da`);
    text(item.en, `${path}.en`, true);
  };
  const positiveInteger = (item: unknown, path: string, optional = false, max = Number.MAX_SAFE_INTEGER): void => {
    if (item === undefined && optional) return;
    if (!Number.isInteger(item) || (item as number) < 1 || (item as number) > max) {
      problem(path, `must be a positive integer${max < Number.MAX_SAFE_INTEGER ? ` up to ${max}` : ''}`);
    }
  };
  const boolean = (item: unknown, path: string, optional = false): void => {
    if (item === undefined && optional) return;
    if (typeof item !== 'boolean') problem(path, 'must be true or false');
  };
  const ids = (items: unknown[], path: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = isObject(item) ? item.id : undefined;
      if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
        problem(`${path}[${index}].id`, 'must be 1–64 letters, digits or _ . ~ - (no colons)');
      } else if (seen.has(id)) {
        problem(`${path}[${index}].id`, `repeats "${id}"`);
      } else {
        seen.add(id);
      }
    });
    return seen;
  };

  if (!object(value, '(root)', ['name', 'offices', 'errands', 'horizonDays'])) throw new ConfigError(source, problems);
  localized(value.name, 'name');
  positiveInteger(value.horizonDays, 'horizonDays', true, 3660);

  const offices = array(value.offices, 'offices', true);
  const officeIds = ids(offices, 'offices');
  offices.forEach((office, index) => {
    const path = `offices[${index}]`;
    if (
      !object(office, path, [
        'id',
        'name',
        'address',
        'openingHours',
        'phone',
        'email',
        'accessibilityNote',
        'checkIn',
        'closures',
      ])
    )
      return;
    localized(office.name, `${path}.name`);
    if (object(office.address, `${path}.address`, ['street', 'postalCode', 'city'])) {
      text(office.address.street, `${path}.address.street`);
      text(office.address.city, `${path}.address.city`);
      if (typeof office.address.postalCode !== 'string' || !/^[0-9]{4}$/.test(office.address.postalCode)) {
        problem(`${path}.address.postalCode`, 'must be four digits');
      }
    }
    const weekdays = new Set<unknown>();
    array(office.openingHours, `${path}.openingHours`).forEach((day, dayIndex) => {
      const dayPath = `${path}.openingHours[${dayIndex}]`;
      if (!object(day, dayPath, ['weekday', 'intervals'])) return;
      positiveInteger(day.weekday, `${dayPath}.weekday`, false, 7);
      if (weekdays.has(day.weekday)) problem(`${dayPath}.weekday`, 'repeats a weekday given before');
      weekdays.add(day.weekday);
      let previousClose = '';
      array(day.intervals, `${dayPath}.intervals`).forEach((interval, intervalIndex) => {
        const intervalPath = `${dayPath}.intervals[${intervalIndex}]`;
        if (!object(interval, intervalPath, ['open', 'close'])) return;
        const { open, close } = interval;
        if (typeof open !== 'string' || !TIME_PATTERN.test(open)) problem(`${intervalPath}.open`, 'must be a time HH:MM');
        if (typeof close !== 'string' || !TIME_PATTERN.test(close)) problem(`${intervalPath}.close`, 'must be a time HH:MM');
        if (typeof open !== 'string' || typeof close !== 'string') return;
        if (open >= close) problem(`${intervalPath}.close`, 'must be after open');
        if (open < previousClose) problem(`${intervalPath}.open`, 'must not be before the previous interval closes');
        previousClose = close;
      });
    });
    text(office.phone, `${path}.phone`, true);
    text(office.email, `${path}.email`, true);
    localized(office.accessibilityNote, `${path}.accessibilityNote`, true);
    if (office.checkIn !== undefined && office.checkIn !== 'kiosk' && office.checkIn !== 'desk')
      problem(`${path}.checkIn`, 'must be "kiosk" or "desk"');
    if (office.closures !== undefined) {
      array(office.closures, `${path}.closures`).forEach((closure, closureIndex) => {
        const closurePath = `${path}.closures[${closureIndex}]`;
        if (!object(closure, closurePath, ['from', 'to', 'reason'])) return;
        const { from, to } = closure;
        if (typeof from !== 'string' || !isValidDate(from)) problem(`${closurePath}.from`, 'must be a date YYYY-MM-DD');
        if (to !== undefined && (typeof to !== 'string' || !isValidDate(to)))
          problem(`${closurePath}.to`, 'must be a date YYYY-MM-DD');
        else if (typeof to === 'string' && typeof from === 'string' && to < from)
          problem(`${closurePath}.to`, 'must not be before from');
        localized(closure.reason, `${closurePath}.reason`);
      });
    }
  });

  const errands = array(value.errands, 'errands', true);
  ids(errands, 'errands');
  const knownOffice = (id: unknown, path: string): void => {
    if (typeof id !== 'string' || !officeIds.has(id)) problem(path, 'must be the id of an office');
  };
  errands.forEach((errand, index) => {
    const path = `errands[${index}]`;
    const members = ['id', 'name', 'category', 'description', 'durationMinutes', 'fee', 'documentsToBring', 'requiresLogin'];
    if (!object(errand, path, [...members, 'requiresCpr', 'locationIds', 'capacity'])) return;
    localized(errand.name, `${path}.name`);
    text(errand.category, `${path}.category`);
    localized(errand.description, `${path}.description`);
    positiveInteger(errand.durationMinutes, `${path}.durationMinutes`, false, 24 * 60);
    if (errand.fee !== undefined && !(typeof errand.fee === 'number' && Number.isFinite(errand.fee) && errand.fee >= 0)) {
      problem(`${path}.fee`, 'must be a number of kroner, 0 or more');
    }
    array(errand.documentsToBring, `${path}.documentsToBring`).forEach((item, itemIndex) =>
      localized(item, `${path}.documentsToBring[${itemIndex}]`),
    );
    boolean(errand.requiresLogin, `${path}.requiresLogin`);
    boolean(errand.requiresCpr, `${path}.requiresCpr`, true);
    if (errand.locationIds !== undefined) {
      array(errand.locationIds, `${path}.locationIds`, true).forEach((id, idIndex) =>
        knownOffice(id, `${path}.locationIds[${idIndex}]`),
      );
    }
    const { capacity } = errand;
    if (isObject(capacity)) {
      for (const [officeId, places] of Object.entries(capacity)) {
        knownOffice(officeId, `${path}.capacity.${officeId}`);
        positiveInteger(places, `${path}.capacity.${officeId}`);
      }
    } else {
      positiveInteger(capacity, `${path}.capacity`, true);
    }
  });

  if (problems.length > 0) throw new ConfigError(source, problems);
  // Every member was checked above against the MunicipalityConfig shape.
  return value as unknown as MunicipalityConfig;
}
