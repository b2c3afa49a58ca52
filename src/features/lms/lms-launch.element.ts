/**
 * <digidel-lms-launch>: the launch page's behaviour (LaunchPage.astro). Inside an LMS it opens
 * one SCORM session, makes the browser's progress this learner's merged with the LMS's record
 * (learner-storage.ts), opens the page the learner was on, and from then on reports what the
 * course's pages save: they keep writing localStorage as on the public site, and every write
 * from the frame reaches this page as a `storage` event. Each change is committed at once; the
 * session ends when this page is left. Without an LMS the course opens as the public site does.
 */
import { browserStorage } from '../../client/browser-storage.client';
import { ManagedElement } from '../../client/managed-element.client';
import { readStrings, type StringsOf } from '../../client/strings.client';
import { format } from '../../i18n/format';
import { PROGRESS_KEY, readProgress, type ProgressData } from '../progress/progress.store';
import { learnerFingerprint, takeOverStorage } from './learner-storage';
import { courseStatus, decodeRecord, encodeRecord, launchPath, locationOf, type ScormVersion } from './lms-record';
import { ScormSession, findApi } from './scorm-api';
import type { Dictionary } from '../../i18n/sv';

const STRINGS = ['notConnected', 'answersTooLong', 'answersLeftOutBefore'] as const;
export type LaunchStrings = StringsOf<Dictionary['lms'], typeof STRINGS>;

const parseList = (text: string | undefined): string[] => {
  const value: unknown = JSON.parse(text ?? '[]');
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

class LmsLaunch extends ManagedElement {
  #shown: string | undefined;
  /** Notices the learner closed: not shown again this launch. */
  readonly #dismissed = new Set<string>();

  connectedCallback(): void {
    const words = readStrings<LaunchStrings>(this, STRINGS);
    const root = new URL(this.dataset['root'] ?? '../', window.location.href);
    const pages = parseList(this.dataset['pages']);
    const lessons = parseList(this.dataset['lessons']);
    const course = this.dataset['course'] ?? '';
    const version = document.documentElement.dataset['scormVersion'] as ScormVersion;
    const frame = this.requirePart<HTMLIFrameElement>('[data-frame]');

    const api = version === '1.2' || version === '2004' ? findApi(version, window) : undefined;
    const framed = window.parent !== window || window.opener !== null;
    if (!api && !framed) {
      // Opened outside an LMS: the course as on the public site, with progress in the browser.
      window.location.replace(new URL(launchPath(window.location.hash.slice(1), pages), root));
      return;
    }
    const storage = browserStorage();
    // In an LMS's frame without an API the LMS cannot be reached (another origin, a broken
    // player): the course opens, and the learner is told that the LMS will not see it.
    const session = api ? new ScormSession(version, api) : undefined;
    const connected = session?.start() === true;
    let opening = '';
    let location: string | undefined;
    /** Sends what the browser holds now (or `data`) and the place; says so when the answers did not fit. */
    const report = (data: ProgressData = readProgress(storage).data) => {
      if (!session || !connected) return;
      const record = encodeRecord(data, course, new Date(), session.suspendDataLimit);
      session.report({ status: courseStatus(data, lessons), suspendData: record.text, location });
      const tooLong = format(words.answersTooLong, { limit: session.suspendDataLimit.toLocaleString('sv-SE') });
      if (record.answersLeftOut) this.#notice(tooLong, true);
      else if (this.#shown === tooLong) this.#notice(undefined);
    };
    if (session && connected) {
      const started = Date.now();
      const remote = decodeRecord(session.suspendData);
      const data = takeOverStorage(storage, learnerFingerprint(session.learnerId), remote?.data) ?? remote?.data;
      if (remote?.answersLeftOut && Object.keys(data?.answers ?? {}).length === 0)
        this.#notice(words.answersLeftOutBefore);
      opening = launchPath(session.location, pages);
      location = opening;
      report(data);
      window.addEventListener(
        'storage',
        (event) => {
          if (event.key === PROGRESS_KEY || event.key === null) report();
        },
        { signal: this.signal },
      );
      window.addEventListener('pagehide', () => session.finish(Date.now() - started), {
        once: true,
        signal: this.signal,
      });
    } else {
      this.#notice(words.notConnected);
    }
    frame.addEventListener(
      'load',
      () => {
        let page: URL;
        try {
          page = new URL(frame.contentWindow?.location.href ?? '');
          if (frame.contentDocument?.title) document.title = frame.contentDocument.title;
        } catch {
          return; // A page of another site, opened from a link: not a place in the course.
        }
        const here = session ? locationOf(page, root, pages, session.locationLimit) : undefined;
        if (here === undefined || here === location) return;
        location = here;
        report();
      },
      { signal: this.signal },
    );
    this.querySelector('[data-starting]')?.remove();
    frame.src = new URL(opening, root).href;
    frame.hidden = false;
    this.requirePart('[data-notice-close]').addEventListener(
      'click',
      () => {
        if (this.#shown !== undefined) this.#dismissed.add(this.#shown);
        this.#notice(undefined);
        frame.focus();
      },
      { signal: this.signal },
    );
  }

  /** Shows `text` above the course (undefined: hides it), once per text. */
  #notice(text: string | undefined, withAnswersLink = false): void {
    if (text === this.#shown || (text !== undefined && this.#dismissed.has(text))) return;
    this.#shown = text;
    this.requirePart('[data-notice-text]').textContent = text ?? '';
    this.requirePart('[data-notice-answers]').hidden = !withAnswersLink;
    this.requirePart('[data-notice]').hidden = text === undefined;
  }
}

customElements.define('digidel-lms-launch', LmsLaunch);
