/** Gentle format checks for contact details: they catch typos, they do not judge people. */

/** something@something.tld, no spaces. */
export const isEmail = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v.trim());

/** Digits with spaces, dashes, brackets and a leading +; 5 to 15 digits. */
export function isPhone(v: string): boolean {
  const t = v.trim();
  const digits = t.replace(/\D/g, '').length;
  return /^\+?[\d\s\-()]+$/.test(t) && digits >= 5 && digits <= 15;
}
