/** @module A valid body for each record-creating or -changing route, so a test's status reflects access, not validation. */
export const VALID_BODIES: Readonly<Record<string, () => object>> = {
  'PATCH /api/patients/:id': () => ({ birthDate: '1970-05-01', sex: 'female' }),
  'POST /api/patients/:id/diary': () => ({
    startedAt: '2026-11-01T08:00:00Z',
    durationMinutes: 10,
    psfsSeverity: 2,
    painNrs: 5,
    trigger: 'lifting',
  }),
  'POST /api/patients/:id/diary/:entryId/entered-in-error': () => ({ reason: 'typed 9 for 3' }),
  'POST /api/patients/:id/self-care': () => ({
    measure: 'heat',
    startedAt: '2026-11-01T09:00:00Z',
    minutes: 15,
  }),
  'POST /api/patients/:id/outcomes': () => ({
    instrument: 'nrs',
    takenAt: '2026-11-01T09:00:00Z',
    answers: { painNrs: 4 },
  }),
  'POST /api/patients/:id/plans': () => ({
    selfCare: [{ measure: 'stretch', timesPerDay: 3 }],
    goals: ['walk to work'],
  }),
  'POST /api/patients/:id/orders': () => ({
    order: {
      drug: 'baclofen',
      action: 'start',
      route: 'oral',
      dose: { value: 5, unit: 'mg' },
      dosesPerDay: 3,
      indication: 'spasticity',
      orderDate: '2026-11-25',
    },
    patient: {
      ageYears: 50,
      sex: 'female',
      crclMlMin: 90,
      hepatic: 'none',
      liverTestsOnFile: true,
      conditions: [],
      medications: [],
    },
  }),
  'POST /api/patients/:id/encounters': () => ({
    patient: { ageYears: 34, sex: 'male' },
    history: { onset: 'sudden', triggers: ['lifting'], regions: ['lumbar'], painNrs: 6 },
    findings: { paraspinal_tenderness: true, saddle_anaesthesia: false },
  }),
  'POST /api/auth/tokens': () => ({ label: 'script' }),
  'POST /api/me/password': () => ({
    currentPassword: 'correct horse battery',
    newPassword: 'a brand new passphrase',
  }),
  'POST /api/auth/reset-password': () => ({
    token: 'not a link anybody was given',
    newPassword: 'a brand new passphrase',
  }),
  'POST /api/interview': () => ({ answers: {} }),
  // trouble breathing ends the interview at once: a finished interview, ready to save
  'POST /api/patients/:id/interviews': () => ({
    answers: { 'findings.breathing_difficulty': true },
  }),
  'POST /api/fhir/import': () => ({
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'Patient',
          id: 'ehr-1',
          gender: 'female',
          birthDate: '1970-05-01',
          name: [{ given: ['Imported'], family: 'Patient' }],
        },
      },
      {
        resource: {
          resourceType: 'Observation',
          id: 'pain-1',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
          subject: { reference: 'Patient/ehr-1' },
          effectiveDateTime: '2026-11-01T09:00:00Z',
          valueInteger: 6,
        },
      },
    ],
  }),
};
