// One cold load of one subject (`?subject=borgertid|cally&scenario=...`). Each scenario is timed
// from the moment the subject's script tag is put on the page (the fixture backend is ready
// before that, as a webmaster's adapter would be) to the moment the result is laid out.
const params = new URLSearchParams(location.search);
const subject = params.get('subject');
const scenario = params.get('scenario');
/** Twelve month steps; more only when profiling. */
const STEPS = Number(params.get('steps')) || 12;
const bundle = `/dist/bench/${subject}.js`;

/** Resolves once `ready()` holds, checked after every task (no frame quantisation), then forces layout. */
function until(ready, timeout = 10_000) {
  const channel = new MessageChannel();
  const deadline = performance.now() + timeout;
  return new Promise((resolve, reject) => {
    channel.port1.onmessage = () => {
      if (ready()) {
        document.body.getBoundingClientRect();
        channel.port1.close();
        resolve(performance.now());
      } else if (performance.now() > deadline) {
        channel.port1.close();
        reject(new Error(`timed out: ${subject} ${scenario}`));
      } else channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  });
}

function loadScript() {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = bundle;
  document.head.append(script);
}

// ---- borgertid: <bt-slot-calendar> over the zero-latency fixture ----

const btRoot = (element) => element.shadowRoot;
const btMonthReady = (element, month) => {
  const root = btRoot(element);
  const table = root?.querySelector('table.grid');
  return (
    table?.getAttribute('aria-busy') === 'false' &&
    root.querySelector(`button.day[data-date^="${month}"]`) !== null &&
    root.querySelector(`button.day.available[data-date^="${month}"]`) !== null
  );
};
const nextMonth = (month) => {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

function btCalendar(fixture) {
  const element = document.createElement('bt-slot-calendar');
  Object.assign(element, {
    adapter: fixture.adapter,
    clock: fixture.clock,
    service: fixture.service,
    location: fixture.location,
  });
  return element;
}

async function borgertid() {
  const fixture = await window.benchFixture;
  const start = performance.now();
  const element = btCalendar(fixture);
  document.body.append(element);
  loadScript();
  let month = '2026-11';
  const firstDays = (await until(() => btMonthReady(element, month))) - start;
  if (scenario === 'first') return { ms: firstDays, misses: fixture.misses() };
  performance.mark('bench-steps');
  const stepsStart = performance.now();
  for (let step = 0; step < STEPS; step += 1) {
    month = nextMonth(month);
    btRoot(element).querySelector('[part~="nav-next"]').click();
    await until(() => btMonthReady(element, month));
  }
  return { ms: performance.now() - stepsStart, misses: fixture.misses() };
}

// ---- cally: <calendar-date><calendar-month> drawing an empty month ----

const callyMonth = (element) => element.querySelector('calendar-month')?.shadowRoot;
const callyDrawn = (element) => (callyMonth(element)?.querySelectorAll('button[part~="day"]').length ?? 0) >= 28;
const callyHeading = (element) => callyMonth(element)?.querySelector('[part="heading"]')?.textContent ?? '';

async function cally() {
  const start = performance.now();
  const element = document.createElement('calendar-date');
  element.append(document.createElement('calendar-month'));
  document.body.append(element);
  loadScript();
  const drawn = (await until(() => callyDrawn(element))) - start;
  if (scenario === 'first') return { ms: drawn };
  performance.mark('bench-steps');
  const stepsStart = performance.now();
  for (let step = 0; step < STEPS; step += 1) {
    const before = callyHeading(element);
    element.shadowRoot.querySelector('button[part~="next"]').click();
    await until(() => callyDrawn(element) && callyHeading(element) !== before);
  }
  return { ms: performance.now() - stepsStart };
}

// ---- heap: mount and unmount the calendar, each time until its free days are on screen ----

async function cycles(count) {
  const fixture = await window.benchFixture;
  for (let cycle = 0; cycle < count; cycle += 1) {
    const element = btCalendar(fixture);
    document.body.append(element);
    await until(() => btMonthReady(element, '2026-11'));
    element.remove();
  }
}

if (subject === 'borgertid') await import('/dist/bench/fixture.js');
window.bench = { borgertid, cally, cycles, loadScript };
window.benchReady = true;
