/**
 * @module Which emergency number the red-flag screen offers to call: the one of the country the device is
 * in, as far as it tells (the regions of its languages, its time zone), never the one of the language the
 * page is in. A Spanish speaker in Mexico dials 911 and one in Spain 112; an English speaker in Britain
 * dials 999. Where the country is not known, both of the widespread numbers are offered beside the advice
 * to call the local one (112 also reaches the emergency services from a mobile phone in many countries).
 * Only countries whose ambulance number is well established are listed; any other falls back to both.
 */

/** Emergency (ambulance) numbers by country, ISO 3166-1 alpha-2. */
const BY_REGION: Readonly<Record<string, string>> = {
  // North America (NANP) and Mexico
  US: '911',
  CA: '911',
  MX: '911',
  PR: '911',
  // the European Union's single emergency number, and neighbours that use it
  AT: '112',
  BE: '112',
  BG: '112',
  CY: '112',
  CZ: '112',
  DE: '112',
  DK: '112',
  EE: '112',
  ES: '112',
  FI: '112',
  FR: '112',
  GR: '112',
  HR: '112',
  HU: '112',
  IE: '112',
  IT: '112',
  LT: '112',
  LU: '112',
  LV: '112',
  MT: '112',
  NL: '112',
  PL: '112',
  PT: '112',
  RO: '112',
  SE: '112',
  SI: '112',
  SK: '112',
  CH: '112',
  NO: '112',
  IS: '112',
  // elsewhere
  GB: '999',
  AU: '000',
  NZ: '111',
};

/** Time zones that name one country's numbers, for a device whose languages carry no region. */
const BY_TIME_ZONE: Readonly<Record<string, string>> = {
  'Europe/London': 'GB',
  'Europe/Madrid': 'ES',
  'Atlantic/Canary': 'ES',
  'Europe/Dublin': 'IE',
  'Europe/Paris': 'FR',
  'Europe/Berlin': 'DE',
  'Europe/Rome': 'IT',
  'Europe/Lisbon': 'PT',
  'America/Mexico_City': 'MX',
  'America/New_York': 'US',
  'America/Chicago': 'US',
  'America/Denver': 'US',
  'America/Los_Angeles': 'US',
  'America/Toronto': 'CA',
  'America/Vancouver': 'CA',
  'Australia/Sydney': 'AU',
  'Australia/Melbourne': 'AU',
  'Pacific/Auckland': 'NZ',
};

/** What the screen offers: one number where the country is known, else both widespread ones. */
export interface EmergencyNumbers {
  readonly known: boolean;
  readonly numbers: readonly string[];
}

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}

/** The emergency number(s) for a device with these languages (most preferred first) and time zone. */
export function emergencyNumbers(
  languages: readonly string[],
  timeZone: string | undefined,
): EmergencyNumbers {
  for (const tag of languages) {
    const region = regionOf(tag);
    const number = region === undefined ? undefined : BY_REGION[region];
    if (number !== undefined) {
      return { known: true, numbers: [number] };
    }
  }
  const zoned = timeZone === undefined ? undefined : BY_TIME_ZONE[timeZone];
  const number = zoned === undefined ? undefined : BY_REGION[zoned];
  return number === undefined
    ? { known: false, numbers: ['112', '911'] }
    : { known: true, numbers: [number] };
}

/** The numbers for this device. */
export function deviceEmergencyNumbers(): EmergencyNumbers {
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  let timeZone: string | undefined;
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    timeZone = undefined;
  }
  return emergencyNumbers(languages, timeZone);
}
