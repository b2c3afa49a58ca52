/**
 * The two SCORM run-time APIs, found the standard way and used through one session object, so
 * that the launch page (lms-launch.client.ts) speaks of the course, not of element names.
 *
 * - Discovery: the API object (`API` for 1.2, `API_1484_11` for 2004) on this window or one of
 *   its parents, then on the opener and its parents, as in ADL's discovery algorithm. A parent of
 *   another origin cannot be read and is passed over.
 * - One session per launch: Initialize once; Terminate once, when the launch page is left.
 */
import {
  LOCATION_LIMIT,
  SUSPEND_DATA_LIMIT,
  duration2004,
  timespan12,
  type CourseStatus,
  type ScormVersion,
} from './lms-record';

interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
}

interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
}

/** The API's object name on a window. */
export const API_NAME: Readonly<Record<ScormVersion, string>> = { '1.2': 'API', '2004': 'API_1484_11' };

/** How far up the parents the search goes, as ADL's algorithm allows. */
const MAX_PARENTS = 500;

function searchUp(start: Window, name: string): unknown {
  let current = start;
  for (let step = 0; step <= MAX_PARENTS; step++) {
    try {
      const api = (current as unknown as Record<string, unknown>)[name];
      if (typeof api === 'object' && api !== null) return api;
    } catch {
      // Another origin's window: its API is not ours to use; keep looking above it.
    }
    if (current.parent === current) return undefined;
    current = current.parent;
  }
  return undefined;
}

/** The `version` API for `win`: on it or its parents, else on its top window's opener and the opener's parents. */
export function findApi(version: ScormVersion, win: Window): unknown {
  const name = API_NAME[version];
  const found = searchUp(win, name);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = win.top?.opener ?? win.opener;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener, name) : undefined;
}

/** The data model's names for what the course reports, per version. */
const ELEMENTS = {
  '1.2': {
    learner: 'cmi.core.student_id',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  '2004': {
    learner: 'cmi.learner_id',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
} as const;

/** What the course reports after a change; only values that changed are set again. */
export interface Report {
  status: CourseStatus;
  suspendData: string;
  location?: string | undefined;
}

export class ScormSession {
  readonly version: ScormVersion;
  readonly #call: {
    init(): string;
    finish(): string;
    get(element: string): string;
    set(element: string, value: string): string;
    commit(): string;
  };
  readonly #sent = new Map<string, string>();
  #open = false;

  constructor(version: ScormVersion, api: unknown) {
    this.version = version;
    if (version === '1.2') {
      const scorm = api as Scorm12Api;
      this.#call = {
        init: () => scorm.LMSInitialize(''),
        finish: () => scorm.LMSFinish(''),
        get: (element) => scorm.LMSGetValue(element),
        set: (element, value) => scorm.LMSSetValue(element, value),
        commit: () => scorm.LMSCommit(''),
      };
    } else {
      const scorm = api as Scorm2004Api;
      this.#call = {
        init: () => scorm.Initialize(''),
        finish: () => scorm.Terminate(''),
        get: (element) => scorm.GetValue(element),
        set: (element, value) => scorm.SetValue(element, value),
        commit: () => scorm.Commit(''),
      };
    }
  }

  get suspendDataLimit(): number {
    return SUSPEND_DATA_LIMIT[this.version];
  }

  get locationLimit(): number {
    return LOCATION_LIMIT[this.version];
  }

  /** Opens the session; false when the LMS refuses (then nothing is reported). */
  start(): boolean {
    this.#open = String(this.#call.init()) === 'true';
    return this.#open;
  }

  #get(element: string): string {
    return this.#open ? String(this.#call.get(element) ?? '') : '';
  }

  get learnerId(): string {
    return this.#get(ELEMENTS[this.version].learner);
  }

  get location(): string {
    return this.#get(ELEMENTS[this.version].location);
  }

  get suspendData(): string {
    return this.#get(ELEMENTS[this.version].suspendData);
  }

  /** The values of `report` in this version's elements. */
  #values({ status, suspendData, location }: Report): Array<[string, string]> {
    const names = ELEMENTS[this.version];
    const values: Array<[string, string]> =
      this.version === '1.2'
        ? [['cmi.core.lesson_status', status.completed ? 'completed' : 'incomplete']]
        : [
            ['cmi.completion_status', status.completed ? 'completed' : 'incomplete'],
            ['cmi.progress_measure', status.measure],
          ];
    values.push([names.suspendData, suspendData]);
    if (location !== undefined) values.push([names.location, location]);
    // Suspended, not finished: the LMS keeps suspend_data for the next launch, also once completed.
    values.push([names.exit, 'suspend']);
    return values;
  }

  /** Sets what changed since the last report and commits; false when the LMS refused a value. */
  report(report: Report): boolean {
    if (!this.#open) return false;
    let accepted = true;
    let changed = false;
    for (const [element, value] of this.#values(report)) {
      if (this.#sent.get(element) === value) continue;
      changed = true;
      if (String(this.#call.set(element, value)) === 'true') this.#sent.set(element, value);
      else accepted = false;
    }
    if (changed) accepted = String(this.#call.commit()) === 'true' && accepted;
    return accepted;
  }

  /** Reports the session's length, `ms` milliseconds, and ends the session; once. */
  finish(ms: number): void {
    if (!this.#open) return;
    this.#open = false;
    const sessionTime = this.version === '1.2' ? timespan12(ms) : duration2004(ms);
    this.#call.set(ELEMENTS[this.version].sessionTime, sessionTime);
    this.#call.commit();
    this.#call.finish();
  }
}
