/**
 * Filling the dictionary's templates (src/i18n/sv.ts): `{name}` holes and singular/plural
 * forms. Pure, so the build and the browser fill them the same way.
 */

/** The singular and plural of a word or phrase: "1 lektion", "2 lektioner". */
export interface PluralForms {
  one: string;
  other: string;
}

/** `template` with each `{name}` replaced by `values[name]`; a hole without a value is an error. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`format: no value for {${name}} in "${template}"`);
    return String(value);
  });
}

/** The form for `count` (Swedish: singular for exactly one), filled with `count` and `values`. */
export function plural(count: number, forms: PluralForms, values: Record<string, string | number> = {}): string {
  return format(count === 1 ? forms.one : forms.other, { count, ...values });
}
