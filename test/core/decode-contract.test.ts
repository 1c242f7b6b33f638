/**
 * The hand-written decoders (core/decode.ts) against the schemas of api/openapi.yaml: a full
 * sample of each type passes both and comes out of the decoder unchanged (so no member the
 * contract has is dropped), every required member left out fails both, and a few broken
 * values fail both. One source of truth without generating code at runtime.
 */
import { expect } from '@open-wc/testing';
import {
  decodeAppointment,
  decodeAvailability,
  decodeHold,
  decodeLocation,
  decodeService,
  decodeSession,
  decodeSlot,
  shapeProblem,
  type Decoder,
} from '../../src/core/decode.js';
import { loadContract, type OpenApiContract } from '../support/openapi.js';

const location = {
  id: 'centrum',
  name: 'Borgerservice Centrum',
  address: { street: 'Rådhuspladsen 1', postalCode: '8000', city: 'Aarhus C' },
  openingHours: [
    {
      weekday: 1,
      intervals: [
        { open: '09:00', close: '12:00' },
        { open: '12:30', close: '24:00' },
      ],
    },
  ],
  phone: '+45 00 00 00 00',
  accessibilityNote: 'Niveaufri adgang.',
  checkIn: 'kiosk',
};
const service = {
  id: 'pas-fornyelse',
  name: 'Pas – fornyelse',
  category: 'pas',
  description: 'Forny dit pas.',
  durationMinutes: 15,
  fee: 727.5,
  documentsToBring: ['Dit gamle pas'],
  requiresLogin: false,
  locationIds: ['centrum'],
  requiresCpr: true,
};
const slot = {
  id: 'centrum:pas:2026-12-02T09:00',
  serviceId: 'pas-fornyelse',
  locationId: 'centrum',
  start: '2026-12-02T09:00:00+01:00',
  end: '2026-12-02T09:15:00+01:00',
  remaining: 0,
};
const availability = { slots: [slot], closedDays: [{ date: '2026-12-24', reason: 'Juleaftensdag' }] };
const appointment = {
  reference: 'BT-7K3Q9M',
  status: 'booked',
  service,
  location,
  start: slot.start,
  end: slot.end,
  token: 'manage-token',
  citizenName: 'Karen Testesen',
};
const hold = { id: 'h-1', slotId: slot.id, expiresAt: '2026-12-01T08:10:00Z', issuedAt: '2026-12-01T08:00:00.000Z' };
const session = { id: 'person-1', name: 'Karen Testesen' };

interface Case {
  schema: string;
  decode: Decoder<unknown>;
  sample: Record<string, unknown>;
  /** Broken variants both must refuse. */
  broken: Array<Record<string, unknown>>;
}

const cases: Case[] = [
  {
    schema: 'Location',
    decode: decodeLocation,
    sample: location,
    broken: [
      { ...location, address: 'Rådhuspladsen 1' },
      { ...location, id: '' },
      { ...location, openingHours: [{ weekday: 8, intervals: [] }] },
      { ...location, openingHours: [{ weekday: 1, intervals: [{ open: '25:00', close: '26:00' }] }] },
    ],
  },
  {
    schema: 'Service',
    decode: decodeService,
    sample: service,
    broken: [
      { ...service, fee: '727' },
      { ...service, fee: -1 },
      { ...service, durationMinutes: 0 },
      { ...service, durationMinutes: 7.5 },
      { ...service, documentsToBring: 'Pas' },
      { ...service, requiresLogin: 'no' },
    ],
  },
  {
    schema: 'Slot',
    decode: decodeSlot,
    sample: slot,
    broken: [
      { ...slot, start: '2. december kl. 9' },
      { ...slot, remaining: -1 },
    ],
  },
  {
    schema: 'Availability',
    decode: decodeAvailability,
    sample: availability,
    broken: [{ slots: [], closedDays: [{ date: 'juleaften', reason: '' }] }],
  },
  {
    schema: 'Appointment',
    decode: decodeAppointment,
    sample: appointment,
    broken: [
      { ...appointment, status: 'pending' },
      { ...appointment, token: '' },
      { ...appointment, service: { ...service, name: 42 } },
    ],
  },
  {
    schema: 'Hold',
    decode: decodeHold,
    sample: hold,
    broken: [
      { ...hold, issuedAt: 'yesterday' },
      { ...hold, expiresAt: 1700000000 },
    ],
  },
  { schema: 'Session', decode: decodeSession, sample: session, broken: [{ ...session, id: '' }] },
];

/** The required members of a component schema. */
function required(contract: OpenApiContract, schema: string): string[] {
  const components = (contract.document.components as { schemas: Record<string, { required?: string[] }> }).schemas;
  return components[schema]?.required ?? [];
}

function decoderRefuses(decode: Decoder<unknown>, value: unknown): boolean {
  try {
    decode(value);
    return false;
  } catch (error) {
    if (!shapeProblem(error)) throw error;
    return true;
  }
}

describe('the decoders agree with api/openapi.yaml', () => {
  let contract: OpenApiContract;
  before(async () => {
    contract = await loadContract('/api');
  });
  const schemaErrors = (schema: string, value: unknown) =>
    contract.validate({ $ref: `#/components/schemas/${schema}` }, value, schema);

  for (const { schema, decode, sample, broken } of cases) {
    describe(schema, () => {
      it('a full sample passes both, unchanged by the decoder', () => {
        expect(schemaErrors(schema, sample)).to.deep.equal([]);
        expect(decode(sample)).to.deep.equal(sample);
      });

      it('every required member left out fails both', () => {
        const members = required(contract, schema);
        expect(members.length).to.be.greaterThan(0);
        for (const member of members) {
          const { [member]: _, ...without } = sample;
          expect(schemaErrors(schema, without), `schema without ${member}`).to.not.deep.equal([]);
          expect(decoderRefuses(decode, without), `decoder without ${member}`).to.equal(true);
        }
      });

      it('every optional member of the schema is one the decoder keeps', () => {
        const components = (contract.document.components as { schemas: Record<string, { properties: object }> }).schemas;
        expect(Object.keys(components[schema]!.properties).sort()).to.deep.equal(Object.keys(sample).sort());
      });

      it('broken values fail both', () => {
        for (const value of broken) {
          expect(schemaErrors(schema, value), JSON.stringify(value)).to.not.deep.equal([]);
          expect(decoderRefuses(decode, value), JSON.stringify(value)).to.equal(true);
        }
      });
    });
  }
});

describe('decodeLocation: checkIn', () => {
  it('keeps kiosk and desk, and reads a value this version does not know as not said', () => {
    expect(decodeLocation({ ...location, checkIn: 'desk' }).checkIn).to.equal('desk');
    const later = decodeLocation({ ...location, checkIn: 'app' });
    expect('checkIn' in later, 'an unknown way of checking in is left out').to.equal(false);
    expect(later.name).to.equal(location.name);
  });
});
