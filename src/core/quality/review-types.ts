// What a quality review asks. A review type (a project health check, a schedule quality check, a
// quality audit …) is a checklist of questions grouped by area, each with guidance on what the
// reviewer should look at. Types are data the PMO tailors without a release, so they are validated
// here with messages that tell the PMO what to fix. Question keys are the stable identity of a
// question: answers and findings name questions by key.

export interface ReviewQuestion {
  readonly key: string;
  /** The group the question belongs to (Governance, Logic, Evidence …). */
  readonly area: string;
  readonly text: string;
  /** What to look at and what "compliant" means. */
  readonly guidance: string;
}

/** A question, written tersely (the default types list dozens). */
export const question = (key: string, area: string, text: string, guidance: string): ReviewQuestion => ({ key, area, text, guidance });

export interface ReviewType {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly questions: ReadonlyArray<ReviewQuestion>;
}

/** A problem found in a value, at a path such as `questions[2].key`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export type ValidationResult = { readonly ok: true } | { readonly ok: false; readonly errors: ReadonlyArray<FieldError> };

export const REVIEW_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
/** A checklist longer than this is not one a reviewer walks through in a sitting. */
export const MAX_QUESTIONS = 100;

const blank = (text: string): boolean => text.trim().length === 0;

/**
 * Checks a review type before it is saved: a name, 1 to 100 questions, each with a well-formed key
 * used once, an area and a text. Every problem is reported, not just the first.
 * @example
 * const r = validateReviewType(type);
 * if (!r.ok) for (const e of r.errors) console.log(`${e.path}: ${e.message}`);
 * // questions[3].key: "leads" is used twice; give each question its own key
 */
export function validateReviewType(type: ReviewType): ValidationResult {
  const errors: FieldError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  if (!REVIEW_KEY_PATTERN.test(type.key)) add('key', `"${type.key}" is not a valid key; use 1 to 40 lower-case letters, digits or underscores, starting with a letter`);
  if (blank(type.name)) add('name', 'the review type needs a name');
  if (type.questions.length === 0) add('questions', 'a review type needs at least one question; add one');
  if (type.questions.length > MAX_QUESTIONS) add('questions', `a review type has at most ${MAX_QUESTIONS} questions; split it into two types`);
  const seen = new Set<string>();
  type.questions.forEach((q, i) => {
    const at = `questions[${i}]`;
    if (!REVIEW_KEY_PATTERN.test(q.key)) add(`${at}.key`, `"${q.key}" is not a valid key; use 1 to 40 lower-case letters, digits or underscores, starting with a letter`);
    else if (seen.has(q.key)) add(`${at}.key`, `"${q.key}" is used twice; give each question its own key`);
    seen.add(q.key);
    if (blank(q.area)) add(`${at}.area`, 'say which area the question belongs to (e.g. Governance)');
    if (blank(q.text)) add(`${at}.text`, 'write the question');
  });
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

/** The areas of a type in the order their first question appears. */
export function areasOf(type: Pick<ReviewType, 'questions'>): string[] {
  return [...new Set(type.questions.map((q) => q.area))];
}
