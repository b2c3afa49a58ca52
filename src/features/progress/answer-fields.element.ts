/**
 * <digidel-answer-fields>: fills the fields from the store, saves each field as the learner types
 * (debounced, and at once on leaving the field or the page), and says beside each field when it
 * was saved, where the learner is looking. A problem with saving is also announced once for the
 * whole assignment.
 *
 * Nothing the learner typed is lost:
 * - a field whose save failed (storage full, off, or holding a newer version's data) keeps its
 *   text on screen, is tried again with the next save, and the learner can download what they wrote;
 * - another tab's save updates every field this tab has no unsaved edits in, focused or not;
 * - when both tabs changed the same answer, both are kept (the store's `otherVersion`) and the
 *   field offers the other one until the learner picks;
 * - what was typed before this code ran (on this page, or kept as a draft from a page whose code
 *   could not load) is saved as typed over an empty field: a stored answer it differs from is
 *   kept as the other version.
 */
import { ManagedElement } from '../../client/managed-element.client';
import { readStrings, type StringsOf } from '../../client/strings.client';
import { format } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';
import { timeText } from '../../i18n/clock';
import { draftsFor } from './drafts.client';
import { SAVE_DELAY_MS } from './save-delay';
import { loadProgress, onProgressChange, saveProgressNow } from './progress.client';
import { saveProgress } from './progress-lock.client';
import { savingProblem } from './saving-problem';
import { clearOtherVersion, setAnswer, type FieldTarget } from './answers.store';
import { own, savedAssignment, type ProgressData, type WriteResult } from './progress.store';

/** Browsers without `field-sizing: content` get the same growing fields from the script. */
const GROW_BY_SCRIPT = !CSS.supports('field-sizing', 'content');

function fitHeight(textarea: HTMLTextAreaElement): void {
  textarea.style.blockSize = 'auto';
  textarea.style.blockSize = `${textarea.scrollHeight + textarea.offsetHeight - textarea.clientHeight}px`;
}

interface Value {
  answer: string;
  source: string;
}

const same = (a: Value, b: Value) => a.answer === b.answer && a.source === b.source;

const STRINGS = [
  'saved',
  'savedEarlier',
  'savedAnnounce',
  'unreadable',
  'downloadName',
  'savingUnavailable',
  'savingFull',
  'savingNewer',
  'sourceLabel',
] as const;
/** The words AnswerFields.astro renders for this element: progress words, and the answers page's label for a source, used in the download. */
export type AnswerFieldsStrings = StringsOf<
  Dictionary['progress'] & Pick<Dictionary['data'], 'sourceLabel'>,
  typeof STRINGS
>;

class AnswerFields extends ManagedElement {
  /** Read first thing in connectedCallback, before anything can use them. */
  #strings!: AnswerFieldsStrings;
  #pending = new Map<HTMLElement, number>();
  /** Each field's stored value as this tab last read or wrote it. */
  #seen = new Map<HTMLElement, Value>();
  /** Fields whose save waits for the progress lock: saved at once instead if the page goes away first. */
  #inFlight = new Set<HTMLElement>();
  /** Fields whose last save failed: their text stays until it is saved or downloaded. */
  #unsaved = new Set<HTMLElement>();
  /** Fields typed in since the learner last left them: their save is announced once, on leaving. */
  #edited = new Set<HTMLElement>();
  /** Fields left with a save still to come: announced when it has been written. */
  #announceOnSave = new Set<HTMLElement>();

  connectedCallback(): void {
    this.#strings = readStrings<AnswerFieldsStrings>(this, STRINGS);
    const signal = this.signal;
    const { status } = loadProgress();
    const typedEarly = this.#takeEarlyTyping();
    for (const field of this.#fields()) {
      for (const input of field.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        '[data-answer], [data-source]',
      )) {
        input.addEventListener(
          'input',
          () => {
            if (GROW_BY_SCRIPT && input instanceof HTMLTextAreaElement) fitHeight(input);
            this.#edited.add(field);
            this.#schedule(field);
          },
          { signal },
        );
        input.addEventListener('blur', () => this.#flush(field), { signal });
      }
      // Saved is said once an answer is left, not at every pause in typing (the line under it shows each save).
      field.addEventListener(
        'focusout',
        () => {
          if (!this.#edited.delete(field)) return;
          if (this.#pending.has(field) || this.#inFlight.has(field)) this.#announceOnSave.add(field);
          else if (!this.#unsaved.has(field)) this.#announceSaved(field);
        },
        { signal },
      );
      field.querySelector('[data-use-other]')?.addEventListener('click', () => this.#useOther(field), { signal });
      field.querySelector('[data-keep-mine]')?.addEventListener('click', () => this.#keepMine(field), { signal });
    }
    this.querySelector('[data-download]')?.addEventListener('click', () => this.#download(), { signal });
    // Leaving the page, or switching away from it (a phone may end a hidden tab without pagehide).
    window.addEventListener('pagehide', () => this.#flushAll(true), { signal });
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') this.#flushAll();
      },
      { signal },
    );
    onProgressChange(() => this.#fill(), signal);
    this.#fill();
    for (const field of typedEarly) this.#schedule(field);
    const problem = savingProblem(status, this.#strings);
    if (problem) this.#problem(problem);
    else if (status === 'unreadable') this.#problem(this.#strings.unreadable, false);
  }

  override disconnectedCallback(): void {
    this.#flushAll(true);
    super.disconnectedCallback();
  }

  /**
   * The fields holding text typed before this code ran, with the drafts of such text put back in
   * fields still empty. Each is marked as seen empty, so that #fill() leaves it and its save keeps
   * a different stored answer as the other version.
   */
  #takeEarlyTyping(): HTMLElement[] {
    const inputs = [...this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-answer], [data-source]')];
    const drafts = draftsFor(inputs.map((input) => input.id));
    for (const input of inputs) {
      const draft = drafts.get(input.id);
      if (input.value !== '' || draft === undefined) continue;
      input.value = draft;
      if (GROW_BY_SCRIPT && input instanceof HTMLTextAreaElement) fitHeight(input);
    }
    return this.#fields().filter((field) => {
      const { answer, source } = this.#current(field);
      if (!answer && !source) return false;
      this.#seen.set(field, { answer: '', source: '' });
      return true;
    });
  }

  #fields(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-field]')];
  }

  #inputs(field: HTMLElement) {
    return {
      answer: field.querySelector<HTMLTextAreaElement>('[data-answer]'),
      source: field.querySelector<HTMLInputElement>('[data-source]'),
    };
  }

  #current(field: HTMLElement): Value {
    const { answer, source } = this.#inputs(field);
    return { answer: answer?.value ?? '', source: source?.value ?? '' };
  }

  #target(field: HTMLElement): FieldTarget {
    const heading = this.closest('[data-assignment-section]')?.querySelector('h2, h3');
    return {
      assignment: this.dataset['assignment'] ?? '',
      title: heading?.textContent?.trim() ?? this.dataset['assignment'] ?? '',
      lesson: this.closest<HTMLElement>('[data-lesson-id]')?.dataset['lessonId'] ?? '',
      field: field.dataset['field'] ?? '',
      label: field.dataset['label'] ?? '',
    };
  }

  /** Announces a problem with saving for the whole assignment (a live region), and the download when typing is not saved. */
  #problem(text: string, unsaved = text !== ''): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
    const download = this.querySelector<HTMLElement>('[data-download]');
    if (download) download.hidden = !unsaved;
  }

  /** Tells a screen reader, politely, that the field just left is saved. */
  #announceSaved(field: HTMLElement): void {
    const region = this.querySelector('[data-announce]');
    if (region) region.textContent = format(this.#strings.savedAnnounce, { label: field.dataset['label'] ?? '' });
  }

  /** What the line under a field says: when it was saved, or why it was not. */
  #fieldStatus(field: HTMLElement, text: string): void {
    const status = field.querySelector('[data-field-status]');
    if (status) status.textContent = text;
  }

  /** Shows the stored answers in every field that holds no unsaved edit of the learner's. */
  #fill(): void {
    const stored = savedAssignment(loadProgress().data, this.dataset['assignment'] ?? '');
    for (const field of this.#fields()) {
      const saved = stored && own(stored.fields, field.dataset['field'] ?? '');
      const value = { answer: saved?.answer ?? '', source: saved?.source ?? '' };
      const seen = this.#seen.get(field);
      const edited =
        this.#pending.has(field) ||
        this.#unsaved.has(field) ||
        (seen !== undefined && !same(seen, this.#current(field)));
      if (!edited) {
        const { answer, source } = this.#inputs(field);
        if (answer && answer.value !== value.answer) {
          answer.value = value.answer;
          if (GROW_BY_SCRIPT) fitHeight(answer);
        }
        if (source) source.value = value.source;
        this.#seen.set(field, value);
      }
      const status = field.querySelector('[data-field-status]');
      if (status && !edited && status.textContent === '' && (value.answer || value.source)) {
        status.textContent = this.#strings.savedEarlier;
      } else if (status && !edited && !value.answer && !value.source) {
        // Nothing is stored for this field any more (cleared here, in another tab or with the
        // site's data): it must not say "Sparat".
        status.textContent = '';
      }
      this.#showOther(field, saved?.otherVersion);
    }
  }

  /** The other tab's version of this answer, with the choice between the two. */
  #showOther(field: HTMLElement, other: string | undefined): void {
    const box = field.querySelector<HTMLElement>('[data-other]');
    const text = field.querySelector('[data-other-text]');
    if (!box || !text) return;
    box.hidden = other === undefined;
    text.textContent = other ?? '';
  }

  #useOther(field: HTMLElement): void {
    const other = field.querySelector('[data-other-text]')?.textContent ?? '';
    const { answer } = this.#inputs(field);
    if (!answer) return;
    answer.value = other;
    if (GROW_BY_SCRIPT) fitHeight(answer);
    this.#save(field, true);
    answer.focus();
  }

  #keepMine(field: HTMLElement): void {
    this.#save(field, true);
    this.#inputs(field).answer?.focus();
  }

  #schedule(field: HTMLElement): void {
    window.clearTimeout(this.#pending.get(field));
    this.#pending.set(
      field,
      window.setTimeout(() => this.#flush(field), SAVE_DELAY_MS),
    );
  }

  /** Saves every field with unsaved typing; `leaving`: the page is going away and cannot wait for the lock. */
  #flushAll(leaving = false): void {
    for (const field of [...this.#pending.keys()]) this.#flush(field, leaving);
    if (leaving) for (const field of [...this.#inFlight]) this.#save(field, false, true);
  }

  #flush(field: HTMLElement, leaving = false): void {
    if (!this.#pending.has(field)) return;
    window.clearTimeout(this.#pending.get(field));
    this.#pending.delete(field);
    this.#save(field, false, leaving);
  }

  /**
   * Saves one field under the progress lock (progress.client.ts), or at once when the page is
   * `leaving`; `chosen` when the learner has picked between two tabs' versions.
   */
  #save(field: HTMLElement, chosen: boolean, leaving = false): void {
    const target = this.#target(field);
    const value = this.#current(field);
    const seen = this.#seen.get(field)?.answer;
    const now = new Date();
    const change = (progress: ProgressData) => {
      const saved = setAnswer(progress, target, value, now, chosen ? undefined : seen);
      return chosen ? clearOtherVersion(saved, target.assignment, target.field) : saved;
    };
    if (leaving) {
      this.#inFlight.delete(field);
      this.#saved(field, value, now, saveProgressNow(change));
      return;
    }
    this.#inFlight.add(field);
    void saveProgress(change).then((result) => {
      this.#inFlight.delete(field);
      this.#saved(field, value, now, result);
    });
  }

  /** What a save of `value` at `now` came to, shown beside the field and for the assignment. */
  #saved(field: HTMLElement, value: Value, now: Date, result: WriteResult): void {
    if (!result.saved) {
      // Beside the field, where the learner is looking, and announced for the assignment.
      const problem = savingProblem(result.reason, this.#strings) ?? '';
      this.#unsaved.add(field);
      this.#fieldStatus(field, problem);
      this.#problem(problem);
      return;
    }
    this.#seen.set(field, value);
    this.#unsaved.delete(field);
    // Typing that went on while this was written is saved next; until then it is not "Sparat".
    if (same(value, this.#current(field))) {
      this.#fieldStatus(field, format(this.#strings.saved, { time: timeText(now.toISOString()) }));
      if (this.#announceOnSave.delete(field)) this.#announceSaved(field);
    }
    // Space may have been freed: what could not be saved before is tried again now.
    for (const other of [...this.#unsaved]) this.#save(other, false);
    if (this.#unsaved.size === 0) this.#problem('');
  }

  /** Everything in the fields as a text file, for a learner whose answers could not be saved. */
  #download(): void {
    const text = this.#fields()
      .map((field) => {
        const { answer, source } = this.#current(field);
        const label = field.dataset['label'] ?? '';
        return [label, answer, source && `${this.#strings.sourceLabel}: ${source}`].filter(Boolean).join('\n');
      })
      .join('\n\n');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain;charset=utf-8' }));
    link.download = this.#strings.downloadName;
    link.click();
    URL.revokeObjectURL(link.href);
  }
}

customElements.define('digidel-answer-fields', AnswerFields);
