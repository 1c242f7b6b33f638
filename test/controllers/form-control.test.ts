import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FormControlController, type FormRestoreMode, type FormValue } from '../../src/controllers/form-control.js';

/** The smallest form control: one text value, required or not. */
/** @attr name - Its name in the form. */
class TestControl extends LitElement {
  static formAssociated = true;

  @property() value = '';
  @property({ type: Boolean }) required = false;
  resets = 0;
  restored: Array<[FormValue, FormRestoreMode]> = [];

  readonly control = new FormControlController(this, {
    value: () => ({ value: this.value || null, state: `kept:${this.value}` }),
    invalidity: () =>
      this.required && !this.value
        ? { flags: { valueMissing: true }, message: 'Fill me in', anchor: this.renderRoot.querySelector('input') ?? undefined }
        : null,
    reset: () => {
      this.value = '';
      this.resets += 1;
    },
    restore: (state, mode) => {
      this.restored.push([state, mode]);
      if (typeof state === 'string') this.value = state.replace('kept:', '');
    },
  });

  formResetCallback(): void {
    this.control.formReset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.control.formDisabled(disabled);
  }

  formStateRestoreCallback(state: FormValue, mode: FormRestoreMode): void {
    this.control.formStateRestore(state, mode);
  }

  protected override render(): TemplateResult {
    return html`<input aria-label="Value" .value=${this.value} ?disabled=${this.control.disabled} />`;
  }
}
customElements.define('test-form-control', TestControl);

async function inForm(markup: TemplateResult = html`<form><test-form-control name="answer"></test-form-control></form>`) {
  const form = await fixture<HTMLFormElement>(markup);
  const el = form.querySelector<TestControl>('test-form-control')!;
  await el.updateComplete;
  return { form, el };
}

describe('FormControlController', () => {
  it('belongs to its form and puts the value in the form data after each update', async () => {
    const { form, el } = await inForm();
    expect(el.control.form).to.equal(form);
    expect(new FormData(form).has('answer')).to.equal(false);
    el.value = '42';
    await el.updateComplete;
    expect(new FormData(form).get('answer')).to.equal('42');
  });

  it('reports the validity the host gives, with its message', async () => {
    const { form, el } = await inForm();
    el.required = true;
    await el.updateComplete;
    expect(el.control.willValidate).to.equal(true);
    expect(el.control.checkValidity()).to.equal(false);
    expect(el.control.validity.valueMissing).to.equal(true);
    expect(el.control.validationMessage).to.equal('Fill me in');
    expect(form.checkValidity()).to.equal(false);
    el.value = 'yes';
    await el.updateComplete;
    expect(el.control.validity.valid).to.equal(true);
    expect(el.control.validationMessage).to.equal('');
    expect(form.checkValidity()).to.equal(true);
  });

  it('resets the host with its form', async () => {
    const { form, el } = await inForm();
    el.value = 'typed';
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.resets).to.equal(1);
    expect(el.value).to.equal('');
    expect(new FormData(form).has('answer')).to.equal(false);
  });

  it('is disabled with a disabled fieldset and enabled again with it', async () => {
    const { form, el } = await inForm(
      html`<form>
        <fieldset disabled><test-form-control name="answer"></test-form-control></fieldset>
      </form>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    expect(el.control.disabled).to.equal(true);
    expect(input.disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(el.control.disabled).to.equal(false);
    expect(input.disabled).to.equal(false);
  });

  it('hands a restored state to the host', async () => {
    const { el } = await inForm();
    el.formStateRestoreCallback('kept:back', 'restore');
    await el.updateComplete;
    expect(el.restored).to.deep.equal([['kept:back', 'restore']]);
    expect(el.value).to.equal('back');
  });

  it('works without a form', async () => {
    const el = await fixture<TestControl>(html`<test-form-control required></test-form-control>`);
    expect(el.control.form).to.equal(null);
    expect(el.control.checkValidity()).to.equal(false);
    expect(el.control.reportValidity()).to.equal(false);
  });
});
