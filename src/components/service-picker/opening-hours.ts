import type { TFunction } from 'i18next';
import type { IsoWeekday, OpeningHours } from '../../core/types.js';

/** A location's week, written two ways: compact for the eye, in words for screen readers. */
export interface OpeningHoursSummary {
  /**
   * One line per run of days, for the eye: da "Man–ons" with ["9.00–15.00"], "Tor" with
   * ["9.00–12.00", "12.30–18.00"] (join the ranges with `join`).
   */
  lines: Array<{ days: string; ranges: string[] }>;
  /** Joins two ranges on one day: da " og ". */
  join: string;
  /** da "mandag til onsdag 9.00 til 15.00, torsdag …" (no dashes for a speech synthesiser to drop). */
  spoken: string;
}

/** "09:30" → da "9.30", en "9:30". */
export function formatClock(time: string, lang: string): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${Number(hours)}${lang === 'da' ? '.' : ':'}${minutes}`;
}

/**
 * Summarises opening hours per weekday, merging runs of consecutive days with identical
 * hours: "Man–ons 9.00–15.00", "Tor 9.00–18.00", "Fre 9.00–13.00" (one line each, so a
 * 320 px screen never breaks a time range in two). A day with two intervals is a lunch
 * break: "9.00–12.00 og 12.30–15.00". Closed days are left out.
 */
export function summariseOpeningHours(hours: OpeningHours[], lang: string, t: TFunction): OpeningHoursSummary {
  const byDay = new Map<IsoWeekday, OpeningHours['intervals']>();
  for (const entry of hours) {
    if (entry.intervals.length) byDay.set(entry.weekday, entry.intervals);
  }
  const key = (day: IsoWeekday) => (byDay.get(day) ?? []).map((interval) => `${interval.open}-${interval.close}`).join(',');

  const runs: Array<{ from: IsoWeekday; to: IsoWeekday }> = [];
  for (let day = 1 as IsoWeekday; day <= 7; day = (day + 1) as IsoWeekday) {
    if (!byDay.has(day)) continue;
    const last = runs.at(-1);
    if (last && last.to === day - 1 && key(last.to) === key(day)) last.to = day;
    else runs.push({ from: day, to: day });
  }
  if (!runs.length) {
    const closed = t('picker:openingHoursClosed');
    return { lines: [{ days: closed, ranges: [] }], join: '', spoken: closed };
  }

  const join = t('picker:intervalJoin');
  const lines = runs.map(({ from, to }) => {
    const days =
      from === to ? t(`picker:weekdaysShort.${from}`) : `${t(`picker:weekdaysShort.${from}`)}–${t(`picker:weekdaysShort.${to}`)}`;
    const ranges = (byDay.get(from) ?? []).map(
      (interval) => `${formatClock(interval.open, lang)}–${formatClock(interval.close, lang)}`,
    );
    return { days: days.charAt(0).toLocaleUpperCase(lang) + days.slice(1), ranges };
  });
  const spoken = runs.map(({ from, to }) => {
    const days =
      from === to
        ? t(`picker:weekdaysLong.${from}`)
        : t('picker:dayRangeSpoken', {
            from: t(`picker:weekdaysLong.${from}`),
            to: t(`picker:weekdaysLong.${to}`),
          });
    const times = (byDay.get(from) ?? [])
      .map((interval) =>
        t('picker:timeRangeSpoken', {
          open: formatClock(interval.open, lang),
          close: formatClock(interval.close, lang),
        }),
      )
      .join(join);
    return `${days} ${times}`;
  });
  return { lines, join, spoken: spoken.join(', ') };
}
