/**
 * @module The demo clinic, seeded into an empty database through the same use cases as every surface: an
 * admin, a clinician, two patients assigned to the clinician, a few weeks of diary, outcomes, an encounter
 * and a plan. Its sign-ins are printed at start-up; never use them for real patients.
 */
import type { Sex } from '../../domain/kb/index.js';
import { ok, type Result } from '../../domain/shared/index.js';
import { assign } from '../accounts/index.js';
import { recordDiaryEntry } from '../diary/index.js';
import { createEncounter } from '../encounters/index.js';
import { recordOutcome } from '../outcomes/index.js';
import { createPlan } from '../plans/index.js';
import { recordSelfCare } from '../self-care/index.js';
import type { CoreDeps, RequestContext, UserActor, UserRow } from '../shared/index.js';

export interface DemoSignIn {
  readonly role: 'admin' | 'clinician' | 'patient';
  readonly email: string;
  readonly password: string;
}

export const DEMO_SIGN_INS: readonly DemoSignIn[] = [
  { role: 'admin', email: 'admin@demo.tonus.invalid', password: 'demo-admin-2026' },
  { role: 'clinician', email: 'clinician@demo.tonus.invalid', password: 'demo-clinician-2026' },
  { role: 'patient', email: 'ada@demo.tonus.invalid', password: 'demo-patient-2026' },
  { role: 'patient', email: 'ben@demo.tonus.invalid', password: 'demo-patient-2026' },
];

const NAMES = ['Demo Admin', 'Dr Demo Clinician', 'Ada Demo', 'Ben Demo'];

/** The demo patients' age on the day of the seed and sex, in the order of `DEMO_SIGN_INS`: adults. */
const DEMO_PATIENTS: readonly { readonly ageYears: number; readonly sex: Sex }[] = [
  { ageYears: 41, sex: 'female' },
  { ageYears: 58, sex: 'male' },
];

/**
 * A date of birth that makes a patient `ageYears` old at instant `now`, with the birthday 100 days
 * earlier in the year (never on 29 February, which not every year has).
 */
export function demoBirthDate(now: string, ageYears: number): string {
  const d = new Date(Date.parse(now) - 100 * 86_400_000).toISOString().slice(0, 10);
  const monthDay = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
  return `${String(Number(d.slice(0, 4)) - ageYears)}-${monthDay}`;
}

/** Deterministic noise, so every demo looks the same. */
function noise(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function actorOf(u: UserRow): RequestContext {
  const actor: UserActor = {
    kind: 'user',
    userId: u.id,
    role: u.role,
    patientId: u.patientId,
    sessionHash: '',
  };
  return { actor, requestId: 'demo-seed' };
}

function must<T>(r: Result<T>): T {
  if (!r.ok) {
    throw new Error(`demo seed failed: ${JSON.stringify(r.issues)}`);
  }
  return r.value;
}

/** Seeds the demo when the database has no user; `false` when it already had some. */
export async function seedDemo(deps: CoreDeps): Promise<boolean> {
  if ((await deps.store.read.users.count()) > 0) {
    return false;
  }
  const now = deps.clock.now();
  const users: UserRow[] = [];
  for (const [i, s] of DEMO_SIGN_INS.entries()) {
    const patientId = s.role === 'patient' ? deps.ids.newId() : null;
    users.push({
      id: deps.ids.newId(),
      email: s.email,
      name: NAMES[i] ?? s.email,
      role: s.role,
      passwordHash: await deps.secrets.hashPassword(s.password),
      patientId,
      createdAt: now,
      disabledAt: null,
    });
  }
  must(
    await deps.store.transact(async (tx) => {
      let p = 0;
      for (const u of users) {
        const who = DEMO_PATIENTS[p];
        if (u.patientId !== null && who !== undefined) {
          await tx.patients.insert({
            id: u.patientId,
            name: u.name,
            birthDate: demoBirthDate(now, who.ageYears),
            sex: who.sex,
            createdAt: now,
          });
          p += 1;
        }
        await tx.users.insert(u);
      }
      return ok(null);
    }),
  );
  const [admin, clinician, ada, ben] = users as [UserRow, UserRow, UserRow, UserRow];
  for (const p of [ada, ben]) {
    must(await assign(deps, actorOf(admin), { clinicianId: clinician.id, patientId: p.patientId }));
  }
  const day = 86_400_000;
  const start = Date.parse(now) - 28 * day;
  for (const [k, p] of [ada, ben].entries()) {
    const rand = noise(k + 7);
    for (let d = 0; d < 28; d += 1) {
      // Ada improves over the four weeks; Ben stays about the same
      const base = k === 0 ? 7 - (d / 27) * 4 : 5;
      for (let e = 0; e < 1 + Math.floor(rand() * 2); e += 1) {
        must(
          await recordDiaryEntry(deps, actorOf(p), {
            patientId: p.patientId,
            body: {
              startedAt: new Date(start + d * day + (8 + e * 6) * 3_600_000).toISOString(),
              durationMinutes: 5 + Math.floor(rand() * 40),
              psfsSeverity: 1 + Number(base > 4) + Number(base > 6),
              painNrs: Math.max(0, Math.min(10, Math.round(base + (rand() - 0.5) * 2))),
              trigger: (['lifting', 'prolonged_posture', 'stress', 'cold'] as const)[
                Math.floor(rand() * 4)
              ],
              helped: 'heat and gentle stretching',
            },
          }),
        );
      }
      if (d % 3 === 0) {
        must(
          await recordSelfCare(deps, actorOf(p), {
            patientId: p.patientId,
            body: {
              measure: d % 2 === 0 ? 'heat' : 'stretch',
              startedAt: new Date(start + d * day + 19 * 3_600_000).toISOString(),
              minutes: 15,
            },
          }),
        );
      }
    }
    for (const week of [0, 2, 4]) {
      const takenAt = new Date(start + week * 7 * day - (week === 4 ? day : 0)).toISOString();
      const painNrs = k === 0 ? 7 - week : 5;
      must(
        await recordOutcome(deps, actorOf(p), {
          patientId: p.patientId,
          body: { instrument: 'nrs', takenAt, answers: { painNrs } },
        }),
      );
      must(
        await recordOutcome(deps, actorOf(p), {
          patientId: p.patientId,
          body: {
            instrument: 'odi',
            takenAt,
            answers: { sections: [painNrs > 5 ? 3 : 2, 1, 2, 1, 2, 2, 1, null, 1, 2] },
          },
        }),
      );
    }
  }
  const encounter = must(
    await createEncounter(deps, actorOf(clinician), {
      patientId: ada.patientId,
      body: {
        patient: DEMO_PATIENTS[0] ?? {},
        history: {
          onset: 'sudden',
          durationDays: 3,
          triggers: ['lifting'],
          regions: ['lumbar'],
          painNrs: 7,
          psfsFrequency: 2,
          psfsSeverity: 2,
        },
        findings: {
          paraspinal_tenderness: true,
          palpable_taut_muscle: true,
          saddle_anaesthesia: false,
          urinary_retention: false,
          bilateral_leg_weakness: false,
          fever_reported: false,
        },
      },
    }),
  );
  must(
    await createPlan(deps, actorOf(clinician), {
      patientId: ada.patientId,
      body: {
        selfCare: [
          { measure: 'heat', timesPerDay: 2 },
          { measure: 'stretch', timesPerDay: 3 },
          { measure: 'stay_active', timesPerDay: 1 },
        ],
        goals: ['Walk 30 minutes without a spasm', 'Back to desk work for a full day'],
        encounterId: encounter.id,
      },
    }),
  );
  return true;
}
