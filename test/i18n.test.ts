import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import i18next from 'i18next';
import { i18n, resolveLanguage, translator } from '../src/i18n/i18n.js';
import { resources } from '../src/i18n/locales/index.js';
import { LocalizeController } from '../src/controllers/localize.js';
import { errorMessage } from '../src/controllers/booking-error.js';
import { BookingError, BOOKING_ERROR_CODES } from '../src/core/errors.js';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

class LocalizedProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  override render() {
    return html`<p>${this.localize.t('common:retry')}</p>`;
  }
}
customElements.define('bt-test-localized-probe', LocalizedProbe);

/** Lets the language observer's microtask run, then the render it asked for. */
async function settled(probe: LocalizedProbe): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await probe.updateComplete;
}

describe('i18n', () => {
  it('uses a private instance, leaving the global i18next alone', () => {
    expect(i18n).to.not.equal(i18next);
    expect(i18n.isInitialized).to.equal(true);
    expect(i18next.isInitialized).to.not.equal(true);
  });

  it('has every Danish key in English and no extra ones', () => {
    for (const namespace of Object.keys(resources.da) as Array<keyof typeof resources.da>) {
      const da = keysOf(resources.da[namespace]).sort();
      const en = keysOf(resources.en[namespace]).sort();
      expect(en, namespace).to.deep.equal(da);
      for (const key of da) {
        expect(translator('en')(`${namespace}:${key}`, { count: 2 }), `${namespace}:${key}`).to.not.equal('');
      }
    }
  });

  it('remembers translations, but not past a change of the catalogue', () => {
    const t = translator('da');
    const first = t('calendar:monthSummary', { month: 'maj 2027', count: 3 });
    expect(t('calendar:monthSummary', { month: 'maj 2027', count: 3 })).to.equal(first);
    // Other options are other texts, not the remembered one.
    expect(t('calendar:monthSummary', { month: 'maj 2027', count: 1 })).to.not.equal(first);
    const original = i18n.getResource('da', 'common', 'retry') as string;
    expect(t('common:retry')).to.equal(original);
    try {
      i18n.addResource('da', 'common', 'retry', 'Forsøg igen');
      expect(t('common:retry')).to.equal('Forsøg igen');
    } finally {
      i18n.addResource('da', 'common', 'retry', original);
    }
    expect(t('common:retry')).to.equal(original);
  });

  it('maps language tags to the languages it ships, Danish by default', () => {
    expect(resolveLanguage('en-GB')).to.equal('en');
    expect(resolveLanguage('da-DK')).to.equal('da');
    expect(resolveLanguage('de')).to.equal('da');
    expect(resolveLanguage(undefined)).to.equal('da');
  });

  it('translates every BookingError code, in both languages, with rate-limit seconds', () => {
    for (const code of BOOKING_ERROR_CODES) {
      const da = errorMessage(new BookingError(code, 'x'), translator('da'));
      const en = errorMessage(new BookingError(code, 'x'), translator('en'));
      expect(da).to.not.contain('errors.');
      expect(en).to.not.equal(da);
    }
    expect(errorMessage(new BookingError('rate-limited', 'x', { retryAfter: 30 }), translator('da'))).to.contain('30 sekunder');
    expect(errorMessage(new Error('raw'), translator('en'))).to.equal('Something went wrong. Please try again.');
  });

  it('re-renders an element when its own or an ancestor language changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><bt-test-localized-probe></bt-test-localized-probe></div>`);
    const probe = wrapper.querySelector('bt-test-localized-probe') as LocalizedProbe;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Try again');
    wrapper.setAttribute('lang', 'da');
    await settled(probe);
    expect(probe.shadowRoot!.textContent).to.contain('Prøv igen');
    probe.lang = 'en';
    await settled(probe);
    expect(probe.shadowRoot!.textContent).to.contain('Try again');
    probe.lang = 'da';
    await settled(probe);
    expect(probe.shadowRoot!.textContent).to.contain('Prøv igen');
  });

  it('follows the nearest ancestor with lang, not only <html lang>', async () => {
    expect(document.documentElement.getAttribute('lang') ?? 'da').to.not.match(/^en/);
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="da">
        <div><bt-test-localized-probe></bt-test-localized-probe></div>
      </div>`,
    );
    const probe = outer.querySelector('bt-test-localized-probe') as LocalizedProbe;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Prøv igen');
    outer.setAttribute('lang', 'en');
    await settled(probe);
    expect(probe.shadowRoot!.textContent).to.contain('Try again');
    outer.removeAttribute('lang');
    await settled(probe);
    expect(probe.shadowRoot!.textContent).to.contain('Prøv igen');
    outer.setAttribute('lang', 'en');
    await settled(probe);
    expect(probe.shadowRoot!.textContent).to.contain('Try again');
  });

  it('follows an ancestor across shadow roots', async () => {
    // A host page's own component that puts the widget inside its shadow root.
    const page = await fixture<HTMLDivElement>(html`<div lang="da"><section></section></div>`);
    const shadow = page.querySelector('section')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><bt-test-localized-probe></bt-test-localized-probe></div>';
    const inner = shadow.querySelector('div')!;
    const probe = shadow.querySelector('bt-test-localized-probe') as LocalizedProbe;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Prøv igen');
    page.setAttribute('lang', 'en');
    await settled(probe);
    expect(probe.shadowRoot!.textContent, 'an ancestor outside the shadow root').to.contain('Try again');
    inner.setAttribute('lang', 'da');
    await settled(probe);
    expect(probe.shadowRoot!.textContent, 'an ancestor inside the shadow root').to.contain('Prøv igen');
  });

  it('speaks the language of its new place when moved', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div lang="en"></div>
        <div lang="da"><bt-test-localized-probe></bt-test-localized-probe></div>
      </div>`,
    );
    const probe = page.querySelector('bt-test-localized-probe') as LocalizedProbe;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Prøv igen');
    page.querySelector('[lang="en"]')!.append(probe);
    await settled(probe);
    expect(probe.shadowRoot!.textContent).to.contain('Try again');
  });

  it('follows the page language', async () => {
    const probe = await fixture<LocalizedProbe>(html`<bt-test-localized-probe></bt-test-localized-probe>`);
    const original = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve));
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.contain('Try again');
      document.documentElement.setAttribute('lang', 'da');
      await new Promise((resolve) => setTimeout(resolve));
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.contain('Prøv igen');
    } finally {
      if (original === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', original);
    }
  });
});
