import { expect } from '@open-wc/testing';
import { formatPhone, parseCpr, validateCpr, validateEmail, validatePhone } from '../../src/core/validation.js';
import { copenhagenToday } from '../../src/core/time.js';

const TODAY = '2026-12-01';

/** The old CPR modulus-11 checksum: 0 means the number passes it. */
function modulus11(digits: string): number {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return [...digits].reduce((sum, digit, index) => sum + Number(digit) * weights[index]!, 0) % 11;
}

function birthDateOf(value: string, today = TODAY): string | undefined {
  return parseCpr(value, today)?.birthDate;
}

describe('validation: CPR', () => {
  it('reads the century from the 7th digit, 0–3: 1900s', () => {
    expect(birthDateOf('010190-0123')).to.equal('1990-01-01');
    expect(birthDateOf('311236-3123')).to.equal('1936-12-31');
    expect(birthDateOf('150800-1123')).to.equal('1900-08-15');
    expect(birthDateOf('150899-2123')).to.equal('1999-08-15');
  });

  it('reads the century from the 7th digit, 4 and 9: 2000s up to YY 36, else 1900s', () => {
    expect(birthDateOf('010120-4123')).to.equal('2020-01-01');
    expect(birthDateOf('010137-4123')).to.equal('1937-01-01');
    expect(birthDateOf('150836-9123', '2040-01-01')).to.equal('2036-08-15');
    expect(birthDateOf('150837-9123')).to.equal('1937-08-15');
    expect(birthDateOf('010199-9123')).to.equal('1999-01-01');
  });

  it('reads the century from the 7th digit, 5–8: 2000s up to YY 57, else 1800s', () => {
    expect(birthDateOf('010105-5123')).to.equal('2005-01-01');
    expect(birthDateOf('010157-6123', '2060-01-01')).to.equal('2057-01-01');
    expect(birthDateOf('010158-7123')).to.equal('1858-01-01');
    expect(birthDateOf('311299-8123')).to.equal('1899-12-31');
    expect(birthDateOf('241258-8123')).to.equal('1858-12-24');
  });

  it('requires a real calendar date, with leap days by century', () => {
    expect(parseCpr('290200-4123', TODAY)).to.deep.equal({ digits: '2902004123', birthDate: '2000-02-29' });
    expect(validateCpr('290200-0123', TODAY)).to.deep.equal({ ok: false, reason: 'date' });
    expect(birthDateOf('290296-1234')).to.equal('1996-02-29');
    expect(validateCpr('290297-1234', TODAY)).to.deep.equal({ ok: false, reason: 'date' });
    expect(validateCpr('290258-5123', TODAY)).to.deep.equal({ ok: false, reason: 'date' }); // 1858
    expect(validateCpr('320190-1234', TODAY)).to.deep.equal({ ok: false, reason: 'date' });
    expect(validateCpr('311190-1234', TODAY)).to.deep.equal({ ok: false, reason: 'date' });
    expect(validateCpr('011390-1234', TODAY)).to.deep.equal({ ok: false, reason: 'date' });
    expect(validateCpr('000190-1234', TODAY)).to.deep.equal({ ok: false, reason: 'date' });
    expect(validateCpr('010090-1234', TODAY)).to.deep.equal({ ok: false, reason: 'date' });
  });

  it('accepts numbers that fail the modulus-11 check', () => {
    expect(modulus11('0101901234')).to.not.equal(0);
    expect(validateCpr('010190-1234', TODAY)).to.deep.equal({ ok: true, value: '0101901234', birthDate: '1990-01-01' });
    expect(modulus11('0707614285')).to.equal(0);
    expect(validateCpr('070761-4285', TODAY)).to.deep.equal({ ok: true, value: '0707614285', birthDate: '1961-07-07' });
  });

  it('accepts a hyphen, no hyphen, a single space, and surrounding white space', () => {
    for (const input of ['010190-1234', '0101901234', '010190 1234', '  010190-1234 ', '\t0101901234\n']) {
      expect(parseCpr(input, TODAY), JSON.stringify(input)).to.deep.equal({
        digits: '0101901234',
        birthDate: '1990-01-01',
      });
    }
  });

  it('rejects malformed input as format', () => {
    for (const input of [
      '010190-123',
      '01019012345',
      '01019-01234',
      '010190--1234',
      '010190  1234',
      '010190/1234',
      'O10190-1234',
      'abcdef-ghij',
      '0101 90 1234',
      '-0101901234',
    ]) {
      expect(validateCpr(input, TODAY), JSON.stringify(input)).to.deep.equal({ ok: false, reason: 'format' });
      expect(parseCpr(input, TODAY)).to.equal(null);
    }
  });

  it('treats empty and white-space input as required', () => {
    expect(validateCpr('', TODAY)).to.deep.equal({ ok: false, reason: 'required' });
    expect(validateCpr('   ', TODAY)).to.deep.equal({ ok: false, reason: 'required' });
  });

  it('rejects birth dates after today, but not today itself', () => {
    expect(validateCpr('021226-4123', TODAY)).to.deep.equal({ ok: false, reason: 'future' });
    expect(validateCpr('010136-4123', TODAY)).to.deep.equal({ ok: false, reason: 'future' });
    expect(validateCpr('011226-4123', TODAY)).to.deep.equal({ ok: true, value: '0112264123', birthDate: '2026-12-01' });
    expect(parseCpr('021226-4123', '2026-12-02')?.birthDate).to.equal('2026-12-02');
  });

  it('defaults today to the Copenhagen date', () => {
    const [year, month, day] = copenhagenToday().split('-');
    const bornToday = `${day}${month}${year!.slice(2)}-4123`;
    expect(validateCpr(bornToday).ok).to.equal(true);
    // 7th digit 5 and YY 56: born in 2056, in the future for the next thirty years.
    expect(validateCpr('010156-5123')).to.deep.equal({ ok: false, reason: 'future' });
  });
});

describe('validation: phone', () => {
  it('accepts Danish numbers written in common ways, normalised to E.164', () => {
    for (const input of [
      '12345678',
      '+45 12 34 56 78',
      '0045-12345678',
      '(+45) 1234 5678',
      '12 34 56 78',
      '12-34-56-78',
      '12.34.56.78',
      '+4512345678',
      ' 0045 1234 5678 ',
    ]) {
      expect(validatePhone(input), JSON.stringify(input)).to.deep.equal({ ok: true, value: '+4512345678' });
    }
  });

  it('accepts foreign numbers in international form', () => {
    expect(validatePhone('+46 70 123 45 67')).to.deep.equal({ ok: true, value: '+46701234567' });
    expect(validatePhone('0049 30 1234567')).to.deep.equal({ ok: true, value: '+49301234567' });
    expect(validatePhone('+1 (212) 555-0100')).to.deep.equal({ ok: true, value: '+12125550100' });
    expect(validatePhone('+298 123456')).to.deep.equal({ ok: true, value: '+298123456' });
  });

  it('rejects Danish numbers without exactly 8 digits', () => {
    expect(validatePhone('1234567')).to.deep.equal({ ok: false, reason: 'danish-length' });
    expect(validatePhone('123456789')).to.deep.equal({ ok: false, reason: 'danish-length' });
    expect(validatePhone('+45 1234567')).to.deep.equal({ ok: false, reason: 'danish-length' });
    expect(validatePhone('0045 123456789')).to.deep.equal({ ok: false, reason: 'danish-length' });
  });

  it('rejects text and malformed international numbers as format', () => {
    for (const input of [
      'abc',
      '1234567a',
      '+45 12 34 56 78 ext',
      '12+345678',
      '++4512345678',
      '+',
      '--',
      '+46 12',
      '+1234567890123456',
      '+0 12345678',
      '#12345678',
    ]) {
      expect(validatePhone(input), JSON.stringify(input)).to.deep.equal({ ok: false, reason: 'format' });
    }
  });

  it('treats empty input as required', () => {
    expect(validatePhone('')).to.deep.equal({ ok: false, reason: 'required' });
    expect(validatePhone(' \t ')).to.deep.equal({ ok: false, reason: 'required' });
  });
});

describe('validation: phone display', () => {
  it('reads Danish numbers back in pairs and leaves others as normalised', () => {
    const danish = validatePhone('0045-12345678');
    expect(danish.ok && formatPhone(danish.value)).to.equal('+45 12 34 56 78');
    expect(formatPhone('+46701234567')).to.equal('+46701234567');
  });
});

describe('validation: e-mail', () => {
  it('accepts realistic addresses and normalises them', () => {
    const accepted: Array<[string, string]> = [
      ['anna@example.dk', 'anna@example.dk'],
      ['  anna.hansen@kommune.dk ', 'anna.hansen@kommune.dk'],
      ['Anna.Hansen@Kommune.DK', 'Anna.Hansen@kommune.dk'],
      ['anna+booking@gmail.com', 'anna+booking@gmail.com'],
      ['lars_o-nielsen@mail.borger.aarhus.dk', 'lars_o-nielsen@mail.borger.aarhus.dk'],
      ['info@æblegrød.dk', 'info@æblegrød.dk'],
      ['søren@SØNDERBORG.DK', 'søren@sønderborg.dk'],
      ['post@xn--blegrd-dua5e.dk', 'post@xn--blegrd-dua5e.dk'],
      ['a@b.co', 'a@b.co'],
      ["o'brien@example.co.uk", "o'brien@example.co.uk"],
    ];
    for (const [input, value] of accepted) {
      expect(validateEmail(input), input).to.deep.equal({ ok: true, value });
    }
  });

  it('rejects what is not an address', () => {
    for (const input of [
      'anna',
      'anna@',
      '@example.dk',
      'anna@example',
      'anna@example.d',
      'anna@@example.dk',
      'anna@hansen@example.dk',
      'anna hansen@example.dk',
      'anna@exam ple.dk',
      'anna@example..dk',
      'anna@.example.dk',
      'anna@example.dk.',
      'anna@-example.dk',
      'anna@example.123',
      '.anna@example.dk',
      'anna..hansen@example.dk',
      'anna@[127.0.0.1]',
      `${'a'.repeat(65)}@example.dk`,
      `anna@${'a'.repeat(250)}.dk`,
    ]) {
      expect(validateEmail(input), input).to.deep.equal({ ok: false, reason: 'format' });
    }
  });

  it('treats empty input as required', () => {
    expect(validateEmail('')).to.deep.equal({ ok: false, reason: 'required' });
    expect(validateEmail('   ')).to.deep.equal({ ok: false, reason: 'required' });
  });
});
