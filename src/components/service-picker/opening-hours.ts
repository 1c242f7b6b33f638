import type { TFunction } from 'i18next';
import type { IsoWeekday, OpeningHours } from '../../core/types.js';

/** A location's week, written two ways: compact for the eye, in words for screen readers. */
export interface OpeningHoursSummary {
  /** da "Man–ons 9.00–15.00, tor 9.00–12.00 og 12.30–18.00" */
  visual: string;
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
 * hours: "Man–ons 9.00–15.00, tor 9.00–18.00, fre 9.00–13.00". A day with two intervals is a
 * lunch break: "9.00–12.00 og 12.30–15.00". Closed days are left out.
 */
export function summariseOpeningHours(hours: OpeningHours[], lang: string, t: TFunction): OpeningHoursSummary {
  const byDay = new Map<IsoWeekday, OpeningHours['intervals']>();
  for (const entry of hours) {
    if (entry.intervals.length) byDay.set(entry.weekday, entry.intervals);
  }
  const key = (day: IsoWeekday) =>
    (byDay.get(day) ?? []).map((interval) => `${interval.open}-${interval.close}`).join(',');

  const runs: Array<{ from: IsoWeekday; to: IsoWeekday }> = [];
  for (let day = 1 as IsoWeekday; day <= 7; day = (day + 1) as IsoWeekday) {
    if (!byDay.has(day)) continue;
    const last = runs.at(-1);
    if (last && last.to === day - 1 && key(last.to) === key(day)) last.to = day;
    else runs.push({ from: day, to: day });
  }
  if (!runs.length) {
    const closed = t('picker:openingHoursClosed');
    return { visual: closed, spoken: closed };
  }

  const join = t('picker:intervalJoin');
  const visual = runs.map(({ from, to }) => {
    const days =
      from === to
        ? t(`picker:weekdaysShort.${from}`)
        : `${t(`picker:weekdaysShort.${from}`)}–${t(`picker:weekdaysShort.${to}`)}`;
    const times = (byDay.get(from) ?? [])
      .map((interval) => `${formatClock(interval.open, lang)}–${formatClock(interval.close, lang)}`)
      .join(join);
    return `${days} ${times}`;
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
  const text = visual.join(', ');
  return { visual: text.charAt(0).toLocaleUpperCase(lang) + text.slice(1), spoken: spoken.join(', ') };
}
