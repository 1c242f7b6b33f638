/** A phone number that never breaks across lines ("+45 ⏎ 11 22 33 44"): its spaces made non-breaking. */
export function unbroken(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}
