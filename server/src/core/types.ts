/**
 * The value the analysis core produces. Every offset is a UTF-16 code unit index into the
 * analysed text (a JavaScript string index), half-open: `[start, end)`.
 */

/** A half-open range of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

export type Gender = 'male' | 'female';

/**
 * How a mention refers to its person: by (part of) the name, by a role phrase used instead of
 * the name ("помощник президента рассказал"), or by a pronoun ("заявил он").
 */
export type MentionKind = 'name' | 'role' | 'pronoun';

export interface Mention extends TextSpan {
  kind: MentionKind;
  /** The mention in the nominative case ("Владимиром Путиным" → "Владимир Путин"). */
  normalized: string;
}

/** A phrase saying what a person is: a job title, office or description. */
export interface Role extends TextSpan {
  /** Nominative form with agreeing words kept ("помощника президента России" → "помощник президента России"). */
  normalized: string;
  /** Another person the role points at ("помощник Путина" points at Путин), if any. */
  relatedPersonId?: string;
}

export interface Person {
  /** Stable within one analysis: p1, p2, … in order of first mention. */
  id: string;
  /** The fullest nominative name seen ("Юрий Ушаков"). */
  name: string;
  gender: Gender | null;
  /** Every mention, in text order. */
  mentions: Mention[];
  /** Every role attached to the person, in text order. */
  roles: Role[];
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** The person who said it, when the speaker is a person of this analysis. */
  speakerId: string | null;
  /** The speaker as the text names them, when not a person entry ("представитель Белого дома", "МИД России"). */
  speakerText: string | null;
  /** The words that attribute the quote ("заявил", "По словам"). */
  cue: TextSpan | null;
  /**
   * For direct quotes: the opening and closing quotation marks, when present; both stand outside
   * the quote's span. A » that closes a nested quotation and the quote at once («Мы работаем с
   * «Газпромом», — …) belongs to the quote's text, so that text stays balanced, and is no closeMark.
   */
  openMark?: Span;
  closeMark?: Span;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** An editorial finding about the text, produced by a rule in `checks/`. */
export interface Finding extends Span {
  /** Stable, kebab-case: `unattributed-quote`, `unbalanced-quotes`, … */
  code: string;
  severity: Severity;
  message: string;
  /** Rule-specific data a quick fix can use. */
  data?: Record<string, unknown>;
}

/** The result of analysing one text. */
export interface Analysis {
  /** People in order of first mention. */
  people: Person[];
  /** Quotes in text order. */
  quotes: Quote[];
  /** Editorial findings in text order. */
  findings: Finding[];
}
