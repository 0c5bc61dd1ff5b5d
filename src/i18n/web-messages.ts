/**
 * @module The shape of the web app's own words. The patient part is complete in every locale (a patient may
 * choose any); the clinician part is English for now. A missing wording is a type error.
 */
import type { Trigger } from '../domain/kb/index.js';
import type { PHASES } from '../domain/emg/index.js';

export interface WebPatientMessages {
  readonly lang: string;
  readonly languageName: string;
  readonly appName: string;
  readonly tagline: string;
  /** The same words as the locale's notice wherever results are shown (a test keeps them equal). */
  readonly notice: string;
  readonly skipToContent: string;
  readonly nav: {
    readonly home: string;
    readonly interview: string;
    readonly selfCare: string;
    readonly diary: string;
    readonly signIn: string;
    readonly signUp: string;
    readonly signOut: string;
    readonly patients: string;
    /** An admin's screens: every user (with the assign form), and the invite form. */
    readonly users: string;
    readonly invite: string;
    /** Every signed-in user's own password. */
    readonly password: string;
    readonly language: string;
    readonly main: string;
  };
  readonly offline: string;
  readonly queued: (n: number) => string;
  readonly home: {
    readonly title: string;
    readonly intro: string;
    readonly start: string;
    readonly signedInAs: (name: string) => string;
  };
  readonly auth: {
    readonly signInTitle: string;
    readonly signUpTitle: string;
    readonly email: string;
    readonly password: string;
    readonly passwordHint: string;
    readonly name: string;
    /** Sign-up's optional date of birth and sex (the record keeps them; the age is worked out from the date). */
    readonly birthDate: string;
    readonly sex: string;
    readonly sexNotSaid: string;
    readonly sexes: Readonly<Record<'female' | 'male' | 'other', string>>;
    readonly submitSignIn: string;
    readonly submitSignUp: string;
    readonly noAccount: string;
    readonly haveAccount: string;
    readonly failed: string;
    /** The page an invited clinician or admin opens from the link they were given. */
    readonly acceptTitle: string;
    readonly acceptIntro: string;
    readonly confirmPassword: string;
    readonly passwordsDiffer: string;
    readonly submitAccept: string;
    /** The page was opened without a token in its address. */
    readonly noInvite: string;
  };
  /** Changing one's own password (every role), and setting a new one with an admin's reset link. */
  readonly password: {
    readonly changeTitle: string;
    readonly changeIntro: string;
    readonly current: string;
    readonly new: string;
    readonly again: string;
    readonly submitChange: string;
    readonly changed: string;
    /** Nobody is signed in: the page needs a session. */
    readonly signInFirst: string;
    readonly resetTitle: string;
    readonly resetIntro: string;
    readonly submitReset: string;
    readonly resetDone: string;
    readonly signInNow: string;
    /** The page was opened without a token in its address. */
    readonly noLink: string;
  };
  readonly interview: {
    readonly title: string;
    readonly progress: (n: number) => string;
    readonly yes: string;
    readonly no: string;
    readonly dontKnow: string;
    readonly noneOfThese: string;
    readonly dontKnowAll: string;
    readonly next: string;
    readonly back: string;
    readonly numberLabel: string;
    readonly chooseEach: string;
    readonly loading: string;
    readonly failed: string;
    readonly retry: string;
    /** A number answer that is not a number, for a question that says no range. */
    readonly notANumber: string;
    /** The range a number answer must be in (the bounds formatted for the locale). */
    readonly range: (min: string, max: string) => string;
    /** The range of a number answer that must be whole. */
    readonly wholeRange: (min: string, max: string) => string;
    /** The unit beside a number answer. */
    readonly units: { readonly years: string; readonly days: string; readonly celsius: string };
  };
  readonly emergency: {
    readonly title: string;
    readonly callNow: (number: string) => string;
    /** Where the device's country is not known: call the local number (the widespread ones follow). */
    readonly callLocal: string;
    readonly doNow: string;
    readonly why: string;
  };
  readonly result: {
    readonly title: string;
    readonly level: string;
    readonly reasons: string;
    readonly watchFor: string;
    readonly likelyCause: string;
    readonly notAnswered: string;
    readonly saved: string;
    readonly saving: string;
    readonly notSaved: string;
    readonly signInToSave: string;
    readonly selfCareLink: string;
    readonly restart: string;
    readonly groups: Readonly<Record<'muscle' | 'nerve' | 'central', string>>;
  };
  readonly selfCare: {
    readonly title: string;
    readonly noPlan: string;
    /** The goals a clinician wrote in the plan, and when they will review it. */
    readonly goals: string;
    readonly reviewOn: (date: string) => string;
    /** Which list the page follows, the newer of the clinician's plan and the symptom check, and why. */
    readonly fromPlan: (date: string) => string;
    readonly fromCheck: string;
    readonly fromCheckOn: (date: string) => string;
    readonly newerWins: string;
    /** How often a day the clinician's plan says to do a measure. */
    readonly timesPerDay: (n: number) => string;
    readonly stretch: string;
    /** The stretch's hold length (the timer counts one hold down). */
    readonly holdFor: string;
    readonly seconds: (n: number) => string;
    readonly minutes: (n: number) => string;
    /** Starts one hold's countdown; it cannot be paused, the hold counts when it runs out. */
    readonly startHold: string;
    readonly holding: (left: number) => string;
    readonly repsDone: (n: number) => string;
    readonly logSession: string;
    readonly logged: string;
    /** A session being sent. */
    readonly saving: string;
    /** A session kept on this device until the network returns. */
    readonly loggedOffline: string;
    /** A session logged with nobody signed in: it is not kept. */
    readonly signInToLog: string;
    readonly ice: string;
    readonly heat: string;
    /** How long an ice or heat pack stays on (the timer's length). */
    readonly packFor: string;
    readonly startTimer: string;
    /** Ends the pack's countdown early: nothing is saved and the time goes back to the full length. */
    readonly stopTimer: string;
    readonly timeLeft: (minutes: number, seconds: number) => string;
    readonly timerDone: string;
    readonly hydration: string;
    /** The day's aim as a range of litres. */
    readonly target: (from: number, to: number) => string;
    readonly renalLimit: string;
    readonly renalLimitLabel: string;
    readonly addGlass: string;
    readonly drunk: (ml: number) => string;
    readonly massage: string;
    /** How long the massage just done lasted (no timer: the patient says it, then saves the session). */
    readonly massageFor: string;
    readonly massageSteps: readonly string[];
    readonly supplements: string;
    readonly supplementsAsk: string;
    readonly stayActive: string;
    readonly stayActiveText: string;
    readonly cautions: string;
  };
  readonly diary: {
    readonly title: string;
    readonly add: string;
    readonly severity: string;
    readonly severityWords: Readonly<Record<1 | 2 | 3, string>>;
    readonly pain: string;
    readonly save: string;
    readonly savedOnline: string;
    readonly savedOffline: string;
    readonly trend: string;
    readonly chartSummary: (days: number) => string;
    readonly table: string;
    readonly date: string;
    readonly episodes: string;
    readonly meanPain: string;
    readonly worstSeverity: string;
    /** The chart's right-hand axis, read for both the spasms per day and the worst severity. */
    readonly countAxis: string;
    /** A series in the chart's legend, with the axis it is read against. */
    readonly onAxis: (series: string, side: 'left' | 'right') => string;
    readonly change: string;
    readonly importantChange: string;
    readonly noChange: string;
    readonly empty: string;
    readonly recent: string;
    readonly pending: string;
    /** Removes from this device an entry the server refused (its reason is shown beside it). */
    readonly dismiss: string;
    /**
     * Takes a saved entry off the diary and chart, as entered by mistake (the record keeps it, marked): the
     * button, its accessible name for the entry of `when`, the question, yes and no, and what became of it.
     */
    readonly remove: string;
    readonly removeName: (when: string) => string;
    readonly removeQuestion: string;
    readonly removeYes: string;
    readonly removeKeep: string;
    readonly removed: string;
    readonly removeOffline: string;
    readonly signInFirst: string;
    readonly changeRule: string;
    /** How long the episode lasted (its duration's label). */
    readonly lasted: string;
    readonly whenStarted: string;
    readonly justNow: string;
    readonly earlier: string;
    /** The start's label when the patient records an earlier episode. */
    readonly startedAt: string;
    /** Refused before sending: the start is later than now. */
    readonly startInFuture: string;
    readonly startNeeded: string;
    /** The optional details, folded away so an entry stays three taps. */
    readonly details: string;
    readonly trigger: string;
    readonly noTrigger: string;
    /** Patient words for each trigger id of the case format. */
    readonly triggers: Readonly<Record<Trigger, string>>;
    readonly helped: string;
    readonly note: string;
  };
}

/** The words of the diary trend chart and its table, given by the page that shows it (patient or clinician). */
export type TrendChartMessages = Pick<
  WebPatientMessages['diary'],
  | 'chartSummary'
  | 'changeRule'
  | 'table'
  | 'date'
  | 'episodes'
  | 'worstSeverity'
  | 'meanPain'
  | 'countAxis'
  | 'onAxis'
  | 'change'
  | 'importantChange'
  | 'noChange'
>;

/** The date of birth and sex on a patient's page: shown (the age derived), and changed. */
export interface DemographicsMessages {
  readonly heading: string;
  readonly age: string;
  readonly sex: string;
  /** The age in words with the date of birth it comes from. */
  readonly ageFrom: (years: number, birthDate: string) => string;
  readonly notRecorded: string;
  readonly birthDate: string;
  readonly sexes: Readonly<Record<'male' | 'female' | 'other', string>>;
  readonly edit: string;
  readonly save: string;
  readonly cancel: string;
  readonly saved: string;
}

export interface WebClinicianMessages {
  readonly patientsTitle: string;
  readonly demographics: DemographicsMessages;
  readonly noPatients: string;
  readonly timeline: string;
  readonly kinds: Readonly<
    Record<'encounter' | 'diary' | 'outcome' | 'emg' | 'plan' | 'order' | 'self_care', string>
  >;
  readonly newAssessment: string;
  readonly planBuilder: string;
  readonly emgTitle: string;
  readonly report: string;
  readonly open: string;
  readonly sections: Readonly<
    Record<
      | 'patient'
      | 'history'
      | 'findings'
      | 'conditions'
      | 'medications'
      | 'exposures'
      | 'vitals'
      | 'exam'
      | 'labs'
      | 'result',
      string
    >
  >;
  readonly present: string;
  readonly absent: string;
  readonly unknown: string;
  readonly filter: string;
  readonly differential: string;
  readonly groups: string;
  readonly findingsFor: string;
  readonly findingsAgainst: string;
  readonly findingsMissing: string;
  readonly nextTests: string;
  readonly triage: string;
  /**
   * The banner at the top of the assessment form for an urgent live triage: the level's name (beside the
   * advice, which says what to do), and the heading of the reasons that raised it.
   */
  readonly urgent: {
    readonly levels: Readonly<
      Record<'consultation_24' | 'emergency' | 'emergency_ambulance', string>
    >;
    readonly reasons: string;
  };
  /**
   * The one sentence a screen reader hears when the live result changes what it concludes: the triage
   * advice and the leading cause group (no percentages, which move with every finding).
   */
  readonly liveSummary: (advice: string, group: string) => string;
  readonly save: string;
  /** Why the encounter cannot be saved yet: nothing has been entered beyond the patient's age and sex. */
  readonly saveNeedsEntry: string;
  readonly saved: string;
  readonly updatedIn: (ms: number) => string;
  /** The heading of a result as the server stored it (not recomputed live). */
  readonly storedResult: string;
  /** When a stored result was computed, and with which knowledge base. */
  readonly computedOn: (when: string, kbVersion: string) => string;
  readonly plan: {
    readonly measures: string;
    readonly timesPerDay: string;
    readonly goals: string;
    readonly savePlan: string;
    readonly orderTitle: string;
    readonly drug: string;
    readonly dose: string;
    readonly dosesPerDay: string;
    readonly check: string;
    readonly overrideReason: string;
    readonly hardStop: string;
    readonly submitOrder: string;
    readonly orderSaved: string;
    readonly noFindings: string;
  };
  readonly emg: {
    readonly upload: string;
    readonly progress: (pct: number) => string;
    readonly analysing: string;
    readonly features: string;
    readonly channel: string;
    readonly bursts: (n: number) => string;
    readonly episodes: (n: number) => string;
    readonly zoomHint: string;
    readonly traceLabel: (channel: string) => string;
    /** The rest information sent with an upload: the whole recording at rest, and phases. */
    readonly atRest: string;
    readonly phases: string;
    readonly phasesHint: string;
    readonly phaseRow: (n: number) => string;
    readonly phase: string;
    readonly phaseNames: Readonly<Record<(typeof PHASES)[number], string>>;
    readonly phaseLabel: string;
    readonly onsetS: string;
    readonly offsetS: string;
    readonly addPhase: string;
    readonly removePhase: (n: number) => string;
    readonly notSent: string;
    /** The page's heading with the patient's name, so a recording is not sent to the wrong record. */
    readonly heading: (patientName: string) => string;
    readonly patientUnread: string;
    /** The file picked, shown with its size and the patient before anything is sent. */
    readonly chosen: string;
    readonly file: string;
    readonly size: string;
    readonly patient: string;
    readonly bytes: (n: number) => string;
    readonly send: string;
    /** The analysis job's state in words; a failure says why. */
    readonly queued: string;
    readonly done: string;
    readonly failed: (reason: string) => string;
  };
}
