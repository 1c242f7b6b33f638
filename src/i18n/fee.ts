import type { TFunction } from 'i18next';
import { formatAmount, hasFee } from '../core/money.js';

/** A service's fee as every element shows it: "727,50 kr." / "DKK 727.50", or "Gratis" / "Free". */
export function feeText(fee: number | undefined, t: TFunction, lang: string): string {
  return hasFee(fee) ? t('common:fee', { amount: formatAmount(fee, lang) }) : t('common:free');
}
