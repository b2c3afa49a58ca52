/**
 * <digidel-certificate>: the behaviour of Certificate.astro. Until every lesson is marked done it
 * says how many are and links to the rest; then it shows the name field and the certificate,
 * with each lesson's day from the store and today's date. The name is written into the
 * certificate as it is typed and kept on this device only while "Kom ihåg namnet" is ticked.
 */
import { browserStorage } from '../../client/browser-storage.client';
import type { StringsOf } from '../../client/strings.client';
import { courseCountText } from '../../i18n/course-count';
import { dayText } from '../../i18n/dates';
import { format } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';
import { lessonLinks } from '../progress/lesson-links.client';
import { loadProgress } from '../progress/progress.client';
import { doneTime } from '../progress/progress.store';
import { ProgressView } from '../progress/progress-view.client';
import { forgetName, rememberName, rememberedName } from './certificate-name.store';

const STRINGS = ['notYet', 'noName', 'notRemembered', 'count', 'lessons', 'doneWord'] as const;
/** The words Certificate.astro renders for this element. */
export type CertificateStrings = StringsOf<
  Pick<Dictionary['certificate'], 'notYet' | 'noName' | 'notRemembered'> &
    Pick<Dictionary['course'], 'count' | 'lessons' | 'doneWord'>,
  typeof STRINGS
>;

class Certificate extends ProgressView<CertificateStrings> {
  constructor() {
    super(STRINGS);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const signal = this.signal;
    const name = this.requirePart<HTMLInputElement>('[data-name]');
    const remember = this.requirePart<HTMLInputElement>('[data-remember]');
    const kept = rememberedName(browserStorage());
    if (kept) {
      name.value = kept;
      remember.checked = true;
    }
    this.#showName();
    name.addEventListener(
      'input',
      () => {
        this.#showName();
        if (remember.checked) this.#keep(rememberName(browserStorage(), name.value));
      },
      { signal },
    );
    remember.addEventListener(
      'change',
      () => this.#keep(remember.checked ? rememberName(browserStorage(), name.value) : forgetName(browserStorage())),
      { signal },
    );
    this.requirePart('[data-print-certificate]').addEventListener('click', () => window.print(), { signal });
  }

  #keep(saved: boolean): void {
    this.requirePart('[data-status]').textContent = saved ? '' : this.strings.notRemembered;
  }

  #showName(): void {
    const name = this.requirePart<HTMLInputElement>('[data-name]').value.trim();
    this.requirePart('[data-name-out]').textContent = name || this.strings.noName;
  }

  protected render(): void {
    const lessons = lessonLinks(this);
    const { data } = loadProgress();
    const left = lessons.filter((lesson) => !doneTime(data, lesson.id));
    const ready = lessons.length > 0 && left.length === 0;
    this.requirePart('[data-not-yet]').hidden = ready;
    this.requirePart('[data-form]').hidden = !ready;
    this.requirePart('[data-sheet]').hidden = !ready;
    if (!ready) {
      const count = courseCountText(lessons.length - left.length, lessons.length, this.strings);
      this.requirePart('[data-not-yet-text]').textContent = format(this.strings.notYet, { count });
      this.requirePart('[data-left]').replaceChildren(
        ...left.map((lesson) => {
          const item = document.createElement('li');
          item.append(Object.assign(document.createElement('a'), { href: lesson.href, textContent: lesson.title }));
          return item;
        }),
      );
      return;
    }
    for (const row of this.querySelectorAll<HTMLElement>('[data-lesson-row]')) {
      const done = doneTime(data, row.dataset['lessonRow'] ?? '');
      const cell = row.querySelector('[data-done-day]');
      if (cell) cell.textContent = done ? dayText(done) : '';
    }
    this.requirePart('[data-issued]').textContent = dayText(new Date().toISOString());
  }
}

customElements.define('digidel-certificate', Certificate);
