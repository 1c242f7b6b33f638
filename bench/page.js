// Measures an element's first render over the in-memory backend: from insertion to the
// moment a citizen can act (day buttons with counts, or service radios), and the calls made.
const { MemoryAdapter } = window.borgertid;

function counting(adapter) {
  const calls = {};
  return {
    calls,
    adapter: new Proxy(adapter, {
      get(target, key) {
        const value = Reflect.get(target, key);
        if (typeof value !== 'function') return value;
        return (...args) => {
          calls[key] = (calls[key] ?? 0) + 1;
          return value.apply(target, args);
        };
      },
    }),
  };
}

function until(element, ready) {
  return new Promise((resolve) => {
    const check = () => (ready(element.shadowRoot) ? resolve() : requestAnimationFrame(check));
    check();
  });
}

const scenarios = {
  async calendar() {
    const { adapter, calls } = counting(new MemoryAdapter({ now: () => new Date('2026-11-23T08:00:00Z') }));
    const element = document.createElement('bt-slot-calendar');
    Object.assign(element, { adapter, serviceId: 'pas-fornyelse', locationId: 'centrum', today: '2026-11-23' });
    const start = performance.now();
    document.body.append(element);
    await until(element, (root) => root?.querySelectorAll('td button[aria-label*="ledige"]').length > 0);
    const ms = performance.now() - start;
    element.remove();
    return { ms, calls };
  },
  async picker() {
    const { adapter, calls } = counting(new MemoryAdapter());
    const element = document.createElement('bt-service-picker');
    element.adapter = adapter;
    const start = performance.now();
    document.body.append(element);
    await until(element, (root) => root?.querySelectorAll('input[type="radio"]').length > 8);
    const ms = performance.now() - start;
    element.remove();
    return { ms, calls };
  },
};

window.runScenario = (name) => scenarios[name]();
window.benchReady = true;
