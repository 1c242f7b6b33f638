/** A fee that costs something: a finite amount above zero (undefined, 0 and nonsense are free). */
export function hasFee(fee: number | undefined): fee is number {
  return typeof fee === 'number' && Number.isFinite(fee) && fee > 0;
}

/**
 * An amount in kroner as a citizen reads it: whole kroner without decimals ("727"), anything
 * else with two ("727,50" in Danish, "727.50" in English), never "727,5".
 */
export function formatAmount(amount: number, lang: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}
