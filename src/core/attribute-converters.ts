/**
 * A boolean attribute that is on unless it says `"false"` (`sms-offered`): a plain boolean
 * attribute cannot default to true, since its absence reads as false.
 */
export const booleanDefaultTrue = {
  fromAttribute: (value: string | null): boolean => value !== 'false',
  toAttribute: (value: boolean): string => String(value),
};
