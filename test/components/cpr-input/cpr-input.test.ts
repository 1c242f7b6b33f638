import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/bt-cpr-input.js';
import type { BtCprInput } from '../../../src/define/bt-cpr-input.js';

const CPR = '0101901234';

/** The CPR input as a citizen meets it: a labelled text box and a toggle button. */
class CprInputObject {
  constructor(readonly el: BtCprInput) {}

  get input(): HTMLInputElement {
    const label = this.el.shadowRoot!.querySelector('label')!;
    return label.control as HTMLInputElement;
  }

  get label(): string {
    return this.input.labels![0]!.textContent!.trim();
  }

  get toggle(): HTMLButtonElement {
    return this.el.shadowRoot!.querySelector('button')!;
  }

  descriptions(): string[] {
    const ids = (this.input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => this.el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
  }

  async type(value: string): Promise<void> {
    this.input.focus();
    this.input.value = value;
    this.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    this.input.dispatchEvent(new Event('change', { bubbles: true }));
    await this.el.updateComplete;
  }
}

async function mount(markup = html`<bt-cpr-input lang="da"></bt-cpr-input>`): Promise<CprInputObject> {
  const el = await fixture<BtCprInput>(markup);
  await el.updateComplete;
  return new CprInputObject(el);
}

function isMasked(input: HTMLInputElement): boolean {
  const security = getComputedStyle(input).getPropertyValue('-webkit-text-security');
  return (security !== '' && security !== 'none') || input.type === 'password';
}

describe('<bt-cpr-input>', () => {
  it('is a labelled, numeric, masked text input without autocomplete or a name', async () => {
    const cpr = await mount();
    expect(cpr.label).to.equal('CPR-nummer');
    expect(cpr.descriptions()).to.deep.equal(['Vi skal bruge dit CPR-nummer til denne sag. 10 cifre, fx 010190-1234.']);
    expect(cpr.input.getAttribute('inputmode')).to.equal('numeric');
    expect(cpr.input.getAttribute('autocomplete')).to.equal('off');
    expect(cpr.input.hasAttribute('name')).to.equal(false);
    expect(cpr.input.type === 'text' || !CSS.supports('-webkit-text-security', 'disc')).to.equal(true);
    expect(isMasked(cpr.input)).to.equal(true);
    expect(cpr.toggle.textContent!.trim()).to.equal('Vis CPR-nummer');
    await expect(cpr.el).to.be.accessible();
  });

  it('takes its label, hint and toggle text from attributes', async () => {
    const cpr = await mount(
      html`<bt-cpr-input
        lang="da"
        label="Personens CPR-nummer"
        hint="10 cifre."
        toggle-label="Vis personens CPR-nummer"
      ></bt-cpr-input>`,
    );
    expect(cpr.label).to.equal('Personens CPR-nummer');
    expect(cpr.descriptions()).to.deep.equal(['10 cifre.']);
    expect(cpr.toggle.textContent!.trim()).to.equal('Vis personens CPR-nummer');
  });

  it('shows and hides the number with the toggle, keeping the value', async () => {
    const cpr = await mount();
    await cpr.type(CPR);
    expect(cpr.toggle.getAttribute('aria-controls')).to.equal(cpr.input.id);
    expect(cpr.toggle.getAttribute('aria-pressed')).to.equal('false');
    cpr.toggle.click();
    await cpr.el.updateComplete;
    expect(cpr.toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(isMasked(cpr.input)).to.equal(false);
    cpr.toggle.click();
    await cpr.el.updateComplete;
    expect(isMasked(cpr.input)).to.equal(true);
    expect(cpr.input.value).to.equal(CPR);
    await expect(cpr.el).to.be.accessible();
  });

  it('keeps the number in the value property only: no attribute, no form data', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form method="get" action="/never"><bt-cpr-input name="cpr" lang="da" required></bt-cpr-input></form>`,
    );
    const el = form.querySelector('bt-cpr-input')!;
    await el.updateComplete;
    const cpr = new CprInputObject(el);
    await cpr.type(CPR);
    expect(el.value).to.equal(CPR);
    expect(el.form).to.equal(form);
    expect([...new FormData(form).entries()]).to.deep.equal([]);
    expect(el.outerHTML.includes('010190')).to.equal(false);
    expect([...el.attributes].some((attribute) => attribute.value.includes('010190'))).to.equal(false);
  });

  it('fires input and change from the host', async () => {
    const cpr = await mount();
    const input = oneEvent(cpr.el, 'input');
    const change = oneEvent(cpr.el, 'change');
    await cpr.type(CPR);
    expect((await input).target).to.equal(cpr.el);
    expect((await change).bubbles).to.equal(true);
  });

  it('is valid only with a real CPR number when required', async () => {
    const cpr = await mount(html`<bt-cpr-input lang="da" required></bt-cpr-input>`);
    expect(cpr.input.required).to.equal(true);
    expect(cpr.el.checkValidity()).to.equal(false);
    expect(cpr.el.validity.valueMissing).to.equal(true);
    expect(cpr.el.validationMessage).to.equal('Indtast dit CPR-nummer');
    await cpr.type('320190-1234');
    expect(cpr.el.validity.patternMismatch).to.equal(true);
    expect(cpr.el.validationMessage).to.equal(
      'De første 6 cifre i CPR-nummeret skal være en rigtig fødselsdato (ddmmåå), fx 010190-1234',
    );
    await cpr.type('010190-1234');
    expect(cpr.el.checkValidity()).to.equal(true);
    expect(cpr.el.reportValidity()).to.equal(true);
  });

  it('shows an error from its parent, described and marked invalid', async () => {
    const cpr = await mount(html`<bt-cpr-input lang="da" error="Tjek feltet »CPR-nummer«"></bt-cpr-input>`);
    expect(cpr.input.getAttribute('aria-invalid')).to.equal('true');
    expect(cpr.descriptions()).to.deep.equal([
      'Vi skal bruge dit CPR-nummer til denne sag. 10 cifre, fx 010190-1234.',
      'Fejl: Tjek feltet »CPR-nummer«',
    ]);
    expect(cpr.el.validity.customError).to.equal(true);
    expect(cpr.el.validationMessage).to.equal('Tjek feltet »CPR-nummer«');
    await expect(cpr.el).to.be.accessible();
  });

  it('empties and masks again when its form is reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><bt-cpr-input lang="da"></bt-cpr-input></form>`);
    const el = form.querySelector('bt-cpr-input')!;
    await el.updateComplete;
    const cpr = new CprInputObject(el);
    await cpr.type(CPR);
    cpr.toggle.click();
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(cpr.input.value).to.equal('');
    expect(cpr.toggle.getAttribute('aria-pressed')).to.equal('false');
  });

  it('is disabled by its own attribute or a disabled fieldset', async () => {
    const fieldset = await fixture<HTMLFieldSetElement>(html`<fieldset disabled><bt-cpr-input></bt-cpr-input></fieldset>`);
    const el = fieldset.querySelector('bt-cpr-input')!;
    await el.updateComplete;
    const cpr = new CprInputObject(el);
    expect(cpr.input.disabled).to.equal(true);
    expect(cpr.toggle.disabled).to.equal(true);
    fieldset.disabled = false;
    await el.updateComplete;
    expect(cpr.input.disabled).to.equal(false);
    el.disabled = true;
    await el.updateComplete;
    expect(cpr.input.disabled).to.equal(true);
  });

  it('passes focus to the input', async () => {
    const cpr = await mount();
    cpr.el.focus();
    expect(cpr.el.shadowRoot!.activeElement).to.equal(cpr.input);
  });

  it('speaks English', async () => {
    const cpr = await mount(html`<bt-cpr-input lang="en"></bt-cpr-input>`);
    expect(cpr.label).to.equal('CPR number');
    expect(cpr.toggle.textContent!.trim()).to.equal('Show CPR number');
  });
});
