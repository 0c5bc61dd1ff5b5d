/**
 * @module A patient's age and sex on their page (the age derived from the date of birth on the record,
 * "not recorded" when it is not), and the form that changes them: an empty date or sex clears it on the
 * record. The server's refusal is shown naming the field.
 */
import { useState, type ReactNode } from 'react';
import type { PatientRecord } from '../../../src/domain/records/accounts';
import { ageOn } from '../../../src/domain/shared/age';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { api, ApiError } from '../api';
import { serverNow } from '../server-clock';

type Sex = NonNullable<PatientRecord['sex']>;
const SEXES: readonly Sex[] = ['female', 'male', 'other'];

export function Demographics({
  patient,
  onChange,
}: {
  readonly patient: PatientRecord;
  readonly onChange: (p: PatientRecord) => void;
}): ReactNode {
  const d = c.demographics;
  const [editing, setEditing] = useState(false);
  const [birthDate, setBirthDate] = useState(patient.birthDate ?? '');
  const [sex, setSex] = useState<string>(patient.sex ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const age =
    patient.birthDate === null ? undefined : ageOn(patient.birthDate, serverNow().slice(0, 10));
  return (
    <section aria-labelledby="pp-demographics">
      <h2 id="pp-demographics">{d.heading}</h2>
      <dl className="row">
        <dt>{d.age}</dt>
        <dd data-testid="age">
          {age === undefined || patient.birthDate === null
            ? d.notRecorded
            : d.ageFrom(age, patient.birthDate)}
        </dd>
        <dt>{d.sex}</dt>
        <dd data-testid="sex">{patient.sex === null ? d.notRecorded : d.sexes[patient.sex]}</dd>
      </dl>
      {editing ? (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            setStatus(null);
            api<PatientRecord>('PATCH', `/api/patients/${patient.id}`, {
              birthDate: birthDate === '' ? null : birthDate,
              sex: sex === '' ? null : sex,
            })
              .then((p) => {
                onChange(p);
                setEditing(false);
                setStatus(d.saved);
              })
              .catch((err: unknown) => {
                setStatus(
                  err instanceof ApiError && err.errors.length > 0
                    ? err.errors.map((x) => x.detail).join(' ')
                    : String(err instanceof Error ? err.message : err),
                );
              });
          }}
        >
          <label>
            {d.birthDate}
            <input
              type="date"
              name="birthDate"
              value={birthDate}
              max={serverNow().slice(0, 10)}
              onChange={(e) => setBirthDate(e.target.value)}
            />
          </label>
          <label>
            {d.sex}
            <select name="sex" value={sex} onChange={(e) => setSex(e.target.value)}>
              <option value="">{d.notRecorded}</option>
              {SEXES.map((x) => (
                <option key={x} value={x}>
                  {d.sexes[x]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary">
            {d.save}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {d.cancel}
          </button>
        </form>
      ) : (
        <p>
          <button
            type="button"
            onClick={() => {
              setBirthDate(patient.birthDate ?? '');
              setSex(patient.sex ?? '');
              setStatus(null);
              setEditing(true);
            }}
          >
            {d.edit}
          </button>
        </p>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
