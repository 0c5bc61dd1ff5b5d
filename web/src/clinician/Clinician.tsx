/**
 * @module The clinician screens, loaded on demand: patient list, patient page, assessment, encounter, EMG. An
 * admin reads no clinical record in the web app, so an admin who comes here is sent to the users instead (and
 * nothing is read before the signed-in role is known).
 */
import type { ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { useSession } from '../session';
import { Assessment } from './Assessment';
import { Emg } from './Emg';
import { EncounterPage } from './EncounterPage';
import { PatientList } from './PatientList';
import { PatientPage } from './PatientPage';

export default function Clinician(): ReactNode {
  const { me } = useSession();
  // nothing of a record is read before the role is known
  if (me === undefined) {
    return <p role="status">…</p>;
  }
  if (me?.role === 'admin') {
    return <Redirect to="~/admin" replace />;
  }
  return (
    <Switch>
      <Route path="/">{() => <PatientList />}</Route>
      <Route path="/patients/:id/assess">{(p) => <Assessment patientId={p.id} />}</Route>
      <Route path="/patients/:id/encounters/:eid">
        {(p) => <EncounterPage id={p.id} encounterId={p.eid} />}
      </Route>
      <Route path="/patients/:id/emg/:sid">{(p) => <Emg patientId={p.id} studyId={p.sid} />}</Route>
      <Route path="/patients/:id/emg">{(p) => <Emg patientId={p.id} studyId={null} />}</Route>
      <Route path="/patients/:id">{(p) => <PatientPage id={p.id} />}</Route>
    </Switch>
  );
}
