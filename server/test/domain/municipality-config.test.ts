import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SAMPLE_CONFIG } from '../../../src/adapters/memory/sample-data.js';
import type { LocalizedText } from '../../../src/core/municipality.js';
import { ConfigError, loadMunicipalityConfig, validateMunicipalityConfig } from '../../src/config/municipality.js';
import { MUNICIPALITY } from './harness.js';

function problemsOf(value: unknown): string[] {
  try {
    validateMunicipalityConfig(value);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems;
  }
  return [];
}

describe('municipality configuration', () => {
  const dir = mkdtemp(join(tmpdir(), 'bt-config-'));
  after(async () => rm(await dir, { recursive: true, force: true }));

  it('accepts the sample municipality and the tests’ own', () => {
    assert.deepEqual(problemsOf(SAMPLE_CONFIG), []);
    assert.deepEqual(problemsOf(MUNICIPALITY), []);
  });

  it('names every mistake by its path, all at once', () => {
    const config = structuredClone(MUNICIPALITY);
    const [pas, kort, skat] = config.errands;
    const [office] = config.offices;
    assert.ok(pas && kort && skat && office?.closures?.[0] && office.openingHours[0]?.intervals[1]);
    skat.durationMinutes = 0;
    kort.capacity = { raadhus: 2, nowhere: 1 };
    Object.assign(pas, { colour: 'red' });
    office.openingHours[0].intervals[1].open = '11:00';
    office.closures[0].to = '2026-12-01';
    office.address.postalCode = '12';
    Object.assign(office, { checkIn: 'automat' });
    assert.deepEqual(problemsOf(config), [
      'offices[0].address.postalCode must be four digits',
      'offices[0].openingHours[0].intervals[1].open must not be before the previous interval closes',
      'offices[0].checkIn must be "kiosk" or "desk"',
      'offices[0].closures[0].to must not be before from',
      'errands[0].colour is not a known member',
      'errands[1].capacity.nowhere must be the id of an office',
      'errands[2].durationMinutes must be a positive integer up to 1440',
    ]);
  });

  it('refuses ids a slot id cannot carry, repeated ids and a missing Danish text', () => {
    const config = structuredClone(MUNICIPALITY);
    const [pas, kort] = config.errands;
    const [office] = config.offices;
    assert.ok(pas && kort && office);
    office.id = 'råd:hus';
    kort.id = 'pas';
    pas.name = { en: 'Passport' } as LocalizedText;
    pas.locationIds = ['raadhus'];
    const problems = problemsOf(config);
    assert.ok(problems.includes('offices[0].id must be 1–64 letters, digits or _ . ~ - (no colons)'));
    assert.ok(problems.includes('errands[1].id repeats "pas"'));
    assert.ok(problems.includes('errands[0].name.da must be a non-empty text'));
    assert.ok(problems.includes('errands[0].locationIds[0] must be the id of an office'));
  });

  it('reads YAML and JSON files, and the sample without one', async () => {
    const yamlFile = join(await dir, 'kommune.yaml');
    await writeFile(
      yamlFile,
      [
        'name: { da: Lilleby Kommune }',
        'offices:',
        '  - id: torvet',
        '    name: { da: Borgerservice Torvet }',
        '    address: { street: Torvet 1, postalCode: "4000", city: Lilleby }',
        '    openingHours:',
        '      - weekday: 1',
        '        intervals: [{ open: "09:00", close: "12:00" }]',
        'errands:',
        '  - id: pas',
        '    name: { da: Pas, en: Passport }',
        '    category: pas',
        '    description: { da: Nyt pas }',
        '    durationMinutes: 15',
        '    documentsToBring: []',
        '    requiresLogin: false',
      ].join('\n'),
    );
    const config = await loadMunicipalityConfig(yamlFile);
    assert.equal(config.offices[0]?.address.postalCode, '4000');
    assert.equal(config.errands[0]?.name.en, 'Passport');
    const jsonFile = join(await dir, 'kommune.json');
    await writeFile(jsonFile, JSON.stringify({ ...config, horizonDays: -1 }));
    await assert.rejects(loadMunicipalityConfig(jsonFile), /horizonDays must be a positive integer up to 3660/);
    await writeFile(jsonFile, '{ not json');
    await assert.rejects(loadMunicipalityConfig(jsonFile), /kommune\.json.*\n.*not valid JSON/);
    assert.equal(await loadMunicipalityConfig(undefined), SAMPLE_CONFIG);
  });
});
