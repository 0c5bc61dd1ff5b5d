/** @module The clinician screens, loaded on demand: patient list, patient page, assessment, encounter, EMG. */
import type { ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { Assessment } from './Assessment';
import { Emg } from './Emg';
import { EncounterPage } from './EncounterPage';
import { PatientList } from './PatientList';
import { PatientPage } from './PatientPage';

export default function Clinician(): ReactNode {
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
