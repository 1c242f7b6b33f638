/**
 * `npm run bench:server`: how fast the reference server books and answers availability, on
 * PostgreSQL (a throwaway local cluster) and on PGlite, measured with autocannon against the
 * real server process. Printed, never asserted (speed depends on the machine).
 *
 * Every booking takes a different free slot (the slot ids come from the server's own
 * availability), so the figures are for writing appointments, not for answering 409s.
 *
 *   npm run bench:server                     both databases, 10 s per measurement
 *   BT_BENCH_SECONDS=30 npm run bench:server
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { startPostgres } from '../../test/support/postgres.mjs';
import type { MunicipalityConfig } from '../../src/core/municipality.js';
import type { IsoWeekday } from '../../src/core/types.js';
import { startServer, type ServerProcess } from '../test/support/server-process.js';

const SECONDS = Number(process.env.BT_BENCH_SECONDS ?? 10);
const CONCURRENT = 20;
const FROM = '2026-11-24';

/** One office open every day 08:00–20:00, one errand of 5 minutes: 144 slots a day, a year ahead. */
const BENCH_MUNICIPALITY: MunicipalityConfig = {
  name: { da: 'Benchkommune' },
  horizonDays: 365,
  offices: [
    {
      id: 'bench',
      name: { da: 'Borgerservice' },
      address: { street: 'Torvet 1', postalCode: '9999', city: 'Benchby' },
      openingHours: ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).map((weekday) => ({
        weekday,
        intervals: [{ open: '08:00', close: '20:00' }],
      })),
    },
  ],
  errands: [
    {
      id: 'kort',
      name: { da: 'Sundhedskort' },
      category: 'sundhed',
      description: { da: 'Nyt sundhedskort' },
      durationMinutes: 5,
      documentsToBring: [],
      requiresLogin: false,
    },
  ],
};

interface Row {
  database: string;
  measurement: string;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Every free slot id from FROM on, in the server's own words (92 days per request, its limit). */
async function freeSlotIds(api: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; offset < 360; offset += 90) {
    const day = (n: number) => new Date(Date.parse(`${FROM}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const response = await fetch(
      `${api}/availability?serviceId=kort&locationId=bench&from=${day(offset)}&to=${day(offset + 89)}`,
    );
    if (!response.ok) throw new Error(`availability: ${response.status} ${await response.text()}`);
    ids.push(...((await response.json()) as { slots: Array<{ id: string }> }).slots.map((slot) => slot.id));
  }
  return ids;
}

async function measureBookings(server: ServerProcess, slots: string[], connections: number) {
  let n = 0;
  const result = await autocannon({
    url: server.origin,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/api/appointments',
        setupRequest: (request) => {
          const slotId = slots.shift();
          if (!slotId) throw new Error('The bench ran out of free slots: lower BT_BENCH_SECONDS');
          n += 1;
          return {
            ...request,
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
            body: JSON.stringify({
              slotId,
              serviceId: 'kort',
              locationId: 'bench',
              citizen: { name: `Borger ${n}`, email: `borger${n}@example.dk` },
            }),
          };
        },
      },
    ],
  });
  const booked = result.statusCodeStats['201']?.count ?? 0;
  return { perSecond: booked / result.duration, result, refused: result.non2xx };
}

async function measureAvailability(server: ServerProcess) {
  const result = await autocannon({
    url: `${server.api}/availability?serviceId=kort&locationId=bench&from=2026-11-30&to=2026-12-06`,
    connections: CONCURRENT,
    duration: SECONDS,
  });
  return { perSecond: (result.statusCodeStats['200']?.count ?? 0) / result.duration, result, refused: result.non2xx };
}

async function benchDatabase(database: string, databaseUrl: string | undefined): Promise<Row[]> {
  process.stderr.write(`${database}: starting the server…\n`);
  const server = await startServer({
    config: BENCH_MUNICIPALITY,
    ...(databaseUrl ? { databaseUrl } : {}),
    env: { BT_RATE_LIMIT: '1000000000', BT_DEMO_SIGNIN: '0' },
  });
  try {
    const slots = await freeSlotIds(server.api);
    const rows: Row[] = [];
    for (const [measurement, run] of [
      ['book, 1 at a time', () => measureBookings(server, slots, 1)],
      [`book, ${CONCURRENT} at once`, () => measureBookings(server, slots, CONCURRENT)],
      [`availability (7 days), ${CONCURRENT} at once`, () => measureAvailability(server)],
    ] as const) {
      process.stderr.write(`${database}: ${measurement} for ${SECONDS} s…\n`);
      const { perSecond, result, refused } = await run();
      if (refused > 0) process.stderr.write(`  ${refused} answers were not 2xx: ${JSON.stringify(result.statusCodeStats)}\n`);
      rows.push({
        database,
        measurement,
        perSecond,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: refused + result.errors,
      });
    }
    return rows;
  } finally {
    await server.stop();
  }
}

function printTable(rows: Row[]): void {
  const header = ['database', 'measurement', 'per second', 'p50 ms', 'p99 ms', 'non-2xx/errors'];
  const cells = rows.map((row) => [
    row.database,
    row.measurement,
    row.perSecond.toFixed(0),
    row.p50.toFixed(1),
    row.p99.toFixed(1),
    String(row.errors),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: string[]) =>
    values.map((value, column) => (column < 2 ? value.padEnd(widths[column]!) : value.padStart(widths[column]!))).join('  ');
  process.stdout.write(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
  for (const values of cells) process.stdout.write(`${line(values)}\n`);
}

const rows: Row[] = [];
const cluster = await startPostgres();
try {
  if (cluster) rows.push(...(await benchDatabase('PostgreSQL', cluster.url)));
} finally {
  await cluster?.stop();
}
rows.push(...(await benchDatabase('PGlite', undefined)));
printTable(rows);
process.stdout.write(`\n${SECONDS} s per measurement; each booking a different free slot; logs at LOG_LEVEL=info.\n`);
