/** @module The clinician screens, loaded on demand: patient list, patient page, assessment, plan, EMG. */
import type { ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { PatientList } from './PatientList';

export default function Clinician(): ReactNode {
  return (
    <Switch>
      <Route path="/" component={PatientList} />
    </Switch>
  );
}
