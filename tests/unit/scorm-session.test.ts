/**
 * The course's SCORM session (src/features/lms/scorm-api.ts) against scorm-again's runtimes, the
 * SCORM 1.2 and 2004 APIs LMSs embed, run here in Node; and the API search over windows.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { courseStatus } from '../../src/features/lms/lms-record';
import { ScormSession, findApi } from '../../src/features/lms/scorm-api';
import { emptyProgress } from '../../src/features/progress/progress.store';

const SETTINGS = { logLevel: 5, autocommit: false } as const;
/** The runtime's data model as the LMS stores it (write-only elements included, as in a commit). */
const model = (api: { cmi: object }) => JSON.parse(JSON.stringify(api.cmi)) as Record<string, Record<string, string>>;
const done = (...lessons: string[]) => ({
  ...emptyProgress(),
  done: Object.fromEntries(lessons.map((lesson) => [lesson, '2026-12-01T10:00:00.000Z'])),
});

describe('SCORM 1.2', () => {
  it('reads the launch data, reports status, place and suspend_data, and ends once', () => {
    const api = new Scorm12API(SETTINGS);
    api.loadFromJSON(
      { core: { student_id: 'u-7', lesson_location: 'om-kursen/', entry: 'resume' }, suspend_data: '{}' },
      '',
    );
    const session = new ScormSession('1.2', api);
    expect(session.start()).toBe(true);
    expect([session.learnerId, session.location, session.suspendData]).toEqual(['u-7', 'om-kursen/', '{}']);
    expect(session.suspendDataLimit).toBe(4096);

    const half = courseStatus(done('a'), ['a', 'b']);
    expect(session.report({ status: half, suspendData: 'ett', location: 'lektioner/a/' })).toBe(true);
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(api.cmi.core.lesson_location).toBe('lektioner/a/');
    expect(api.cmi.suspend_data).toBe('ett');
    expect(model(api)['core']?.['exit']).toBe('suspend');

    expect(session.report({ status: courseStatus(done('a', 'b'), ['a', 'b']), suspendData: 'två' })).toBe(true);
    expect(api.cmi.core.lesson_status).toBe('completed');

    session.finish(65_000);
    expect(api.isTerminated()).toBe(true);
    // scorm-again stores the time without its zero hundredths.
    expect(model(api)['core']?.['session_time']).toMatch(/^00:01:05(\.00)?$/);
    // Once: leaving twice neither reports nor ends again.
    session.finish(1);
    expect(session.report({ status: half, suspendData: 'tre' })).toBe(false);
    expect(api.cmi.suspend_data).toBe('två');
  });

  it('commits only when something changed', () => {
    const api = new Scorm12API(SETTINGS);
    let commits = 0;
    api.on('LMSCommit', () => (commits += 1));
    const session = new ScormSession('1.2', api);
    session.start();
    const report = { status: courseStatus(done(), ['a']), suspendData: 'x', location: '' };
    session.report(report);
    session.report(report);
    expect(commits).toBe(1);
    session.report({ ...report, suspendData: 'y' });
    expect(commits).toBe(2);
  });
});

describe('SCORM 2004', () => {
  it('reports completion, progress measure, location and suspend_data', () => {
    const api = new Scorm2004API(SETTINGS);
    api.loadFromJSON({ learner_id: 'u-8', location: '', suspend_data: '' }, '');
    const session = new ScormSession('2004', api);
    expect(session.start()).toBe(true);
    expect(session.suspendDataLimit).toBe(64_000);
    session.report({ status: courseStatus(done('a'), ['a', 'b', 'c']), suspendData: 'ett', location: 'om-kursen/' });
    const reported = model(api) as unknown as Record<string, string>;
    expect([
      reported['completion_status'],
      reported['progress_measure'],
      reported['location'],
      reported['exit'],
    ]).toEqual(['incomplete', '0.3333', 'om-kursen/', 'suspend']);
    session.report({ status: courseStatus(done('a', 'b', 'c'), ['a', 'b', 'c']), suspendData: 'tre' });
    expect([api.cmi.completion_status, api.cmi.progress_measure]).toEqual(['completed', '1']);
    session.finish(3_723_456);
    expect((model(api) as unknown as Record<string, string>)['session_time']).toBe('PT1H2M3.46S');
    expect(api.isTerminated()).toBe(true);
  });

  it('reports nothing when the LMS refuses to start the session', () => {
    const api = new Scorm2004API(SETTINGS);
    api.Initialize('');
    api.Terminate('');
    const session = new ScormSession('2004', api);
    expect(session.start()).toBe(false);
    expect(session.report({ status: courseStatus(done(), ['a']), suspendData: 'x' })).toBe(false);
  });
});

describe('finding the API', () => {
  /** A window stand-in: its own properties, a parent (itself at the top) and an opener. */
  function frame(props: Record<string, unknown> = {}, parent?: Window, opener?: Window): Window {
    const win = { ...props, opener: opener ?? null } as unknown as Window & { parent: Window; top: Window };
    win.parent = parent ?? win;
    win.top = parent ? (parent.top ?? parent) : win;
    return win;
  }

  it('looks in the window, then its parents, for the version’s own name', () => {
    const api12 = new Scorm12API(SETTINGS);
    const api2004 = new Scorm2004API(SETTINGS);
    const lms = frame({ API: api12, API_1484_11: api2004 });
    const launchPage = frame({}, frame({}, lms));
    expect(findApi('1.2', launchPage)).toBe(api12);
    expect(findApi('2004', launchPage)).toBe(api2004);
    expect(findApi('2004', frame({}, frame({ API: api12 })))).toBeUndefined();
  });

  it('passes over a parent of another origin, and then tries the opener', () => {
    const api = new Scorm2004API(SETTINGS);
    const foreign = frame();
    Object.defineProperty(foreign, 'API_1484_11', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(findApi('2004', frame({}, frame({}, frame({ API_1484_11: api }, undefined)), undefined))).toBe(api);
    const popup = frame({}, undefined, frame({ API_1484_11: api }));
    expect(findApi('2004', frame({}, foreign))).toBeUndefined();
    expect(findApi('2004', popup)).toBe(api);
  });
});
