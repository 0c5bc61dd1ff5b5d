/**
 * @module The locale of the page: English or Spanish, chosen in the page and remembered on this device.
 * Every word on screen comes from these catalogs (src/i18n/web.*.ts) or from the server in this locale.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { WEB_EN } from '../../src/i18n/web.en';
import { WEB_ES } from '../../src/i18n/web.es';
import type { WebPatientMessages } from '../../src/i18n/web-messages';
import type { WebProblemMessages } from '../../src/i18n/web-problems';
import { WEB_PROBLEMS_EN } from '../../src/i18n/web-problems.en';
import { WEB_PROBLEMS_ES } from '../../src/i18n/web-problems.es';

export const WEB_LOCALES = { en: WEB_EN, es: WEB_ES } as const;
export type WebLocale = keyof typeof WEB_LOCALES;
/** What a refused request or a lost network is called, in each locale. */
export const WEB_PROBLEMS: Readonly<Record<WebLocale, WebProblemMessages>> = {
  en: WEB_PROBLEMS_EN,
  es: WEB_PROBLEMS_ES,
};

interface LocaleState {
  readonly locale: WebLocale;
  readonly t: WebPatientMessages;
  readonly problems: WebProblemMessages;
  readonly setLocale: (l: WebLocale) => void;
}

const Ctx = createContext<LocaleState | null>(null);

function initial(): WebLocale {
  const saved = localStorage.getItem('tonus.locale');
  if (saved === 'en' || saved === 'es') {
    return saved;
  }
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function LocaleProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [locale, setLocale] = useState<WebLocale>(initial);
  useEffect(() => {
    document.documentElement.lang = locale;
    localStorage.setItem('tonus.locale', locale);
  }, [locale]);
  const value = useMemo(
    () => ({ locale, t: WEB_LOCALES[locale], problems: WEB_PROBLEMS[locale], setLocale }),
    [locale],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLocale(): LocaleState {
  const v = useContext(Ctx);
  if (v === null) {
    throw new Error('useLocale outside LocaleProvider');
  }
  return v;
}
