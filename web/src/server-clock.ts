/**
 * @module The time by the server's clock, as this device can tell it from the `Date` header of the API's
 * answers. The self-care page compares when the last symptom check arrived (kept on this device) with
 * when the clinician wrote the plan (the server's clock): a device clock set hours wrong would otherwise
 * make an old check look newer than the plan, or a new check with new red-flag advice look older. The
 * header counts whole seconds, so within a few seconds the device's own clock (to the millisecond) is
 * kept; beyond that the device is wrong and the server's time is used instead.
 */

/** Device and server clocks closer than this are taken to agree (the header's second, the trip). */
const AGREE_WITHIN_MS = 5_000;

/** How far the server's clock is ahead of this device's (ms); 0 while they agree or nothing was heard. */
let skewMs = 0;

/** Notes the `Date` header of an answer received at `deviceNow` (epoch ms); ignores a missing or bad one. */
export function noteServerDate(header: string | null, deviceNow: number = Date.now()): void {
  const server = header === null ? Number.NaN : Date.parse(header);
  if (!Number.isNaN(server)) {
    const skew = server - deviceNow;
    skewMs = Math.abs(skew) > AGREE_WITHIN_MS ? skew : 0;
  }
}

/** Now by the server's clock (ISO instant), as far as this device knows it. */
export function serverNow(deviceNow: number = Date.now()): string {
  return new Date(deviceNow + skewMs).toISOString();
}
