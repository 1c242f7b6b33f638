import { expect } from '@open-wc/testing';
import { AdapterSource, provideApiAdapter } from '../../src/controllers/adapter-source.js';
import type { BookingAdapter } from '../../src/core/adapter.js';
import { FakeAdapter } from '../components/service-picker/fake-adapter.js';

/** What the factory was asked to make, and what it made. */
interface Made {
  baseUrl: string;
  lang: () => string;
  adapter: BookingAdapter;
}

/** Installs a factory that records every adapter it makes. */
function recordingFactory(): Made[] {
  const made: Made[] = [];
  provideApiAdapter((baseUrl, lang) => {
    const adapter = new FakeAdapter();
    made.push({ baseUrl, lang, adapter });
    return adapter;
  });
  return made;
}

describe('AdapterSource', () => {
  // First in this file on purpose: the factory is page-wide and cannot be taken back, and
  // nothing here imports a define module (which would provide the RestAdapter).
  it('makes no adapter for an api URL while no factory is provided', () => {
    const source = new AdapterSource(() => 'da');
    expect(source.resolve(undefined, 'https://kommune.example/api')).to.equal(undefined);
    const own = new FakeAdapter();
    expect(source.resolve(own, 'https://kommune.example/api') === own, 'an adapter of its own still works').to.equal(true);
  });

  it('prefers the adapter property to the api URL', () => {
    const made = recordingFactory();
    const source = new AdapterSource(() => 'da');
    const own = new FakeAdapter();
    expect(source.resolve(own, 'https://kommune.example/api') === own).to.equal(true);
    expect(made, 'no REST client is made when an adapter is given').to.have.length(0);
  });

  it('makes none without an api URL', () => {
    const made = recordingFactory();
    const source = new AdapterSource(() => 'da');
    expect(source.resolve(undefined, undefined)).to.equal(undefined);
    expect(source.resolve(undefined, '')).to.equal(undefined);
    expect(source.resolve(undefined, '   ')).to.equal(undefined);
    expect(made).to.have.length(0);
  });

  it('makes one adapter per api URL, trimmed, with the element’s language', () => {
    const made = recordingFactory();
    let lang = 'da';
    const source = new AdapterSource(() => lang);
    const first = source.resolve(undefined, ' https://kommune.example/api ');
    expect(made).to.have.length(1);
    expect(made[0]!.baseUrl).to.equal('https://kommune.example/api');
    expect(first === made[0]!.adapter).to.equal(true);
    lang = 'en';
    expect(made[0]!.lang(), 'the language is read when the adapter asks').to.equal('en');

    const again = source.resolve(undefined, 'https://kommune.example/api');
    expect(again === first, 'the same adapter while the URL is unchanged').to.equal(true);
    expect(made).to.have.length(1);
  });

  it('makes a new adapter when the URL changes', () => {
    const made = recordingFactory();
    const source = new AdapterSource(() => 'da');
    const first = source.resolve(undefined, 'https://kommune.example/api');
    const second = source.resolve(undefined, 'https://andenkommune.example/api');
    expect(made.map((entry) => entry.baseUrl)).to.deep.equal(['https://kommune.example/api', 'https://andenkommune.example/api']);
    expect(second === made[1]!.adapter).to.equal(true);
    expect(second === first).to.equal(false);
    expect(source.resolve(undefined, 'https://andenkommune.example/api') === second).to.equal(true);
    expect(made).to.have.length(2);
  });

  it('goes back to the api adapter when the adapter property is cleared', () => {
    const made = recordingFactory();
    const source = new AdapterSource(() => 'da');
    const fromApi = source.resolve(undefined, 'https://kommune.example/api');
    source.resolve(new FakeAdapter(), 'https://kommune.example/api');
    expect(source.resolve(undefined, 'https://kommune.example/api') === fromApi).to.equal(true);
    expect(made).to.have.length(1);
  });

  it('uses the factory provided last', () => {
    const earlier = recordingFactory();
    const later = recordingFactory();
    const source = new AdapterSource(() => 'da');
    source.resolve(undefined, 'https://kommune.example/api');
    expect(later).to.have.length(1);
    expect(earlier).to.have.length(0);
  });

  describe('an api attribute that is no usable address', () => {
    let warnings: string[];
    let originalWarn: typeof console.warn;
    beforeEach(() => {
      warnings = [];
      originalWarn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    });
    afterEach(() => {
      console.warn = originalWarn;
    });

    it('makes no adapter and throws nothing for a malformed URL, and says why once in the console', () => {
      const made = recordingFactory();
      const source = new AdapterSource(() => 'da');
      expect(source.resolve(undefined, 'http://[::1')).to.equal(undefined);
      expect(source.invalidApi).to.equal('http://[::1');
      expect(source.resolve(undefined, 'http://[::1')).to.equal(undefined);
      expect(made, 'the factory is never asked').to.have.length(0);
      expect(warnings, 'one warning per value, not one per render').to.have.length(1);
      expect(warnings[0]).to.contain('"http://[::1"').and.to.contain('not a valid URL');
    });

    it('refuses addresses that are not http(s)', () => {
      const made = recordingFactory();
      const source = new AdapterSource(() => 'da');
      expect(source.resolve(undefined, 'javascript:alert(1)')).to.equal(undefined);
      expect(source.invalidApi).to.equal('javascript:alert(1)');
      expect(warnings[0]).to.contain('javascript: URL');
      expect(made).to.have.length(0);
    });

    it('catches a factory that refuses the URL', () => {
      provideApiAdapter(() => {
        throw new TypeError('Refusing this host');
      });
      const source = new AdapterSource(() => 'da');
      expect(source.resolve(undefined, 'https://kommune.example/api')).to.equal(undefined);
      expect(source.invalidApi).to.equal('https://kommune.example/api');
      expect(warnings[0]).to.contain('Refusing this host');
    });

    it('forgets the fault once the api is right, or an adapter property wins', () => {
      recordingFactory();
      const source = new AdapterSource(() => 'da');
      source.resolve(undefined, 'http://[::1');
      expect(source.resolve(undefined, '/api'), 'a relative URL resolves against the page').to.not.equal(undefined);
      expect(source.invalidApi).to.equal(undefined);
      source.resolve(undefined, 'http://[::1');
      const own = new FakeAdapter();
      expect(source.resolve(own, 'http://[::1') === own).to.equal(true);
      expect(source.invalidApi).to.equal(undefined);
    });
  });
});
