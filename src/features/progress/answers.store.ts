/**
 * Changes to one answer in the stored progress: storing it as the learner types, keeping the
 * other tab's version beside it, and dropping that once the learner has chosen. Apart from
 * progress.store.ts, which the page's one script carries, since only the answer fields change
 * answers. Pure.
 */
import { own, savedAssignment, type FieldAnswer, type ProgressData } from './progress.store';

/** Drops the other tab's version of an answer once the learner has chosen. */
export function clearOtherVersion(data: ProgressData, assignment: string, field: string): ProgressData {
  const saved = savedAssignment(data, assignment);
  const answer = saved && own(saved.fields, field);
  if (!saved || !answer || answer.otherVersion === undefined) return data;
  const { otherVersion: _other, ...kept } = answer;
  return {
    ...data,
    answers: { ...data.answers, [assignment]: { ...saved, fields: { ...saved.fields, [field]: kept } } },
  };
}

/** Where one answer field goes, and what the page knows about it for the export and the answers page. */
export interface FieldTarget {
  assignment: string;
  title: string;
  lesson: string;
  field: string;
  label: string;
}

/**
 * Stores one answer. `seen` is the answer as this page last read it: when the stored answer
 * has changed since (another tab saved over it) and differs from the new one, neither is
 * dropped: the new answer is stored and the other tab's is kept as `otherVersion`, which the
 * page shows until the learner picks one. Without `seen` any `otherVersion` stays as it is.
 */
export function setAnswer(
  data: ProgressData,
  target: FieldTarget,
  value: Pick<FieldAnswer, 'answer' | 'source'>,
  now: Date,
  seen?: string,
): ProgressData {
  const previous = savedAssignment(data, target.assignment);
  const stored = previous && own(previous.fields, target.field);
  const changedElsewhere =
    seen !== undefined && stored !== undefined && stored.answer !== seen && stored.answer !== value.answer;
  const otherVersion = changedElsewhere ? stored.answer : stored?.otherVersion;
  return {
    ...data,
    answers: {
      ...data.answers,
      [target.assignment]: {
        title: target.title,
        lesson: target.lesson,
        savedAt: now.toISOString(),
        fields: {
          ...previous?.fields,
          [target.field]: { label: target.label, ...value, ...(otherVersion === undefined ? {} : { otherVersion }) },
        },
      },
    },
  };
}
