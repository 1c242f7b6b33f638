import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ContactDetails } from '../../../src/define/bt-contact-form.js';
import { ContactFormObject, mount } from './contact-form-object.js';

const CPR = '0101901234';
const OTHER_CPR = '0103151234';
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;

/** Whether a value contains either CPR number, in any of the ways it may be written. */
function leaks(value: unknown): boolean {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  const digits = text.replace(/[\s-]/g, '');
  return digits.includes(CPR) || digits.includes(OTHER_CPR) || text.includes('010190') || text.includes('010315');
}

describe('<bt-contact-form> privacy', () => {
  type Method = (typeof CONSOLE_METHODS)[number];
  let originals: Partial<Record<Method, (...args: unknown[]) => void>> = {};
  let logged: unknown[][] = [];

  beforeEach(() => {
    logged = [];
    originals = {};
    for (const method of CONSOLE_METHODS) {
      originals[method] = console[method] as (...args: unknown[]) => void;
      (console as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        logged.push(args);
      };
    }
  });

  afterEach(() => {
    for (const method of CONSOLE_METHODS) {
      (console as unknown as Record<string, unknown>)[method] = originals[method];
    }
  });

  async function fullFillAndSubmit(form: ContactFormObject): Promise<ContactDetails> {
    await form.fillValid({ cpr: '010190-1234' });
    await form.click('sms');
    await form.click('someoneElse');
    await form.click('child');
    await form.enter('otherName', 'Ida Jensen');
    await form.enter('otherCpr', '010315-1234');
    await form.click('interpreter');
    await form.enter('language', 'arabisk');
    // Reveal both CPR numbers too: showing them must not leak them anywhere either.
    await form.revealCprNumbers();
    expect(form.cprToggle('cpr').getAttribute('aria-pressed')).to.equal('true');
    expect(form.cprToggle('otherCpr').getAttribute('aria-pressed')).to.equal('true');
    setTimeout(() => form.submitButton.click());
    const event = await oneEvent(form.el, 'bt-contact-submit');
    return event.detail;
  }

  it('keeps CPR numbers out of the console, the URL, storage, cookies and the form value', async () => {
    const host = await fixture<HTMLFormElement>(html`
      <form method="get" action="/never">
        <bt-contact-form require-cpr></bt-contact-form>
      </form>
    `);
    const el = host.querySelector('bt-contact-form')!;
    await el.updateComplete;
    const form = new ContactFormObject(el);
    const changes: ContactDetails[] = [];
    el.addEventListener('bt-contact-change', (event) => changes.push(event.detail));
    let hostSubmission: FormData | undefined;
    host.addEventListener('submit', (event) => {
      event.preventDefault();
      hostSubmission = new FormData(host);
    });

    const detail = await fullFillAndSubmit(form);

    // The submit detail is the one place the CPR numbers go, normalised.
    expect(detail.citizen.cpr).to.equal(CPR);
    expect(detail.onBehalfOf!.cpr).to.equal(OTHER_CPR);
    // The host form was submitted (not cancelled), and its data holds no CPR number.
    expect(hostSubmission).to.exist;
    const entries = [...hostSubmission!.entries()];
    expect(entries.map(([key]) => key)).to.include.members(['citizen.name', 'citizen.email', 'citizen.phone']);
    expect(entries.some(([key, value]) => leaks(key) || leaks(value))).to.equal(false);
    expect(leaks(new URLSearchParams(hostSubmission as unknown as Record<string, string>).toString())).to.equal(false);
    expect(leaks([...new FormData(host).entries()])).to.equal(false);

    expect(changes.length).to.be.greaterThan(0);
    expect(changes.some((change) => leaks(change))).to.equal(false);
    expect(leaks(location.href)).to.equal(false);
    expect(leaks(document.cookie)).to.equal(false);
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)!;
        expect(leaks(key) || leaks(storage.getItem(key))).to.equal(false);
      }
    }
    expect(logged.some((args) => args.some(leaks))).to.equal(false);
  });

  it('puts no name attribute on a CPR input, so no host form can serialise it', async () => {
    const form = await mount({ requireCpr: true });
    await form.click('someoneElse');
    const roots = [form.root, ...[form.field('cpr'), form.field('otherCpr')].map((input) => input.getRootNode() as ShadowRoot)];
    const named = roots.flatMap((root) => [...root.querySelectorAll('[name]')].map((node) => node.getAttribute('name')));
    expect(roots).to.have.length(3);
    expect(named.every((name) => name === 'relation')).to.equal(true);
    expect(form.field('cpr').hasAttribute('name')).to.equal(false);
    expect(form.field('otherCpr').hasAttribute('name')).to.equal(false);
  });

  it('never shows a session CPR number in full, nor puts it in the DOM', async () => {
    const form = await mount({ requireCpr: true, session: { name: 'Anna Jensen', cpr: CPR } });
    expect(form.root.innerHTML.includes(CPR)).to.equal(false);
    expect(form.field('cpr').value).to.equal('010190-••••');
    expect(leaks(form.field('cpr').value.replace('010190', ''))).to.equal(false);
  });

  it('leaves CPR numbers out of the value when the errand does not need them', async () => {
    const form = await mount({ value: { citizen: { name: 'Anna', cpr: CPR, email: 'a@b.dk' } } });
    const value = form.el.value;
    expect(value?.citizen.name, 'the value is read').to.equal('Anna');
    expect(value?.citizen.cpr).to.equal(undefined);
    setTimeout(() => form.submitButton.click());
    const event = await oneEvent(form.el, 'bt-contact-submit');
    expect(event.detail.citizen.cpr).to.equal(undefined);
  });

  it('is accessible with every field revealed', async () => {
    const form = await mount({ requireCpr: true });
    await form.click('someoneElse');
    await form.click('interpreter');
    await expect(form.el).to.be.accessible();
  });
});
