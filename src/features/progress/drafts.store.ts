/**
 * Text typed into an answer field before the field's code ran (the code still loading, or not
 * able to load under a tab opened before a new build): kept when the page goes away, until the
 * code runs and saves it in the progress store, so that neither the offered reload nor a closed
 * tab loses it.
 *
 * Stored under `digidel:drafts` as JSON, by the field's id: { "uppdrag-5-argument-1-answer": "…" }.
 * Written by the page's one script, so the writing is small; what is read is checked. Pure: the
 * storage is passed in; the browser side is drafts.client.ts.
 */
import type { KeyValueStorage } from '../../utils/key-value-storage';

export const DRAFTS_KEY = 'digidel:drafts';

/** Field ids as the build makes them (slugs); anything else is not a draft of ours. */
const FIELD_ID = /^[a-z0-9-]{1,200}$/;

function parsed(storage: KeyValueStorage | undefined): unknown {
  try {
    return JSON.parse(storage?.getItem(DRAFTS_KEY) ?? '{}');
  } catch {
    return {};
  }
}

/** Keeps `typed` ([field id, text] pairs) over what is kept already; false when storage refused. */
export function keepDrafts(storage: KeyValueStorage | undefined, typed: readonly [string, string][]): boolean {
  try {
    const kept = parsed(storage);
    storage?.setItem(
      DRAFTS_KEY,
      JSON.stringify({ ...(typeof kept === 'object' ? kept : {}), ...Object.fromEntries(typed) }),
    );
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** The drafts of the fields `ids`, removed from storage: their code has them now. */
export function takeDrafts(storage: KeyValueStorage | undefined, ids: readonly string[]): Map<string, string> {
  const kept = parsed(storage);
  if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return new Map();
  const drafts = new Map(
    Object.entries(kept).filter(
      (entry): entry is [string, string] => FIELD_ID.test(entry[0]) && typeof entry[1] === 'string',
    ),
  );
  const taken = new Map(ids.flatMap((id) => (drafts.has(id) ? [[id, drafts.get(id) ?? '']] : [])));
  for (const id of taken.keys()) drafts.delete(id);
  try {
    if (drafts.size === 0) storage?.removeItem(DRAFTS_KEY);
    else if (taken.size > 0) storage?.setItem(DRAFTS_KEY, JSON.stringify(Object.fromEntries(drafts)));
  } catch {
    // Left in storage: taken again next time, and saved as the same text.
  }
  return taken;
}
