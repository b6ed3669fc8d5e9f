/**
 * The server's view of the `ruNewsLens.*` settings, read through workspace/configuration when
 * the client supports it, with the manifest's defaults otherwise (e.g. a bare Neovim setup).
 */
import type { Severity } from './core/types';

export type SeveritySetting = Severity | 'off';

export interface Settings {
  /** Language ids the server analyses. plaintext and markdown only when mostly Cyrillic. */
  languages: string[];
  /** Per-check severity overrides, keyed by check code. */
  checks: Record<string, SeveritySetting>;
  /** Characters above which a document is not analysed unless the user asks. */
  maxDocumentSize: number;
  /** Language of hover texts and messages: 'en' or 'ru'. */
  uiLanguage: 'en' | 'ru';
  /** Whether inlay hints name the person behind a pronoun or role speaker. */
  speakerHints: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  languages: ['news-article', 'plaintext', 'markdown'],
  checks: {},
  maxDocumentSize: 2_000_000,
  uiLanguage: 'en',
  speakerHints: true,
};

/** The raw section, with dotted keys ("inlayHints.speakers", as some clients send them) nested. */
interface RawSettings {
  [key: string]: unknown;
  inlayHints: Record<string, unknown>;
}

/** Merges a raw configuration value (anything the client sends) over the defaults, ignoring junk. */
export function toSettings(raw: unknown, fallbackLanguage?: string): Settings {
  const value = nest(raw);
  const languages = Array.isArray(value.languages) && value.languages.every((item) => typeof item === 'string')
    ? (value.languages as string[]) : DEFAULT_SETTINGS.languages;
  const checks: Record<string, SeveritySetting> = {};
  if (value.checks && typeof value.checks === 'object') {
    for (const [code, severity] of Object.entries(value.checks as Record<string, unknown>)) {
      if (severity === 'off' || severity === 'error' || severity === 'warning' || severity === 'information' || severity === 'hint') checks[code] = severity;
    }
  }
  const maxDocumentSize = typeof value.maxDocumentSize === 'number' && value.maxDocumentSize > 0 ? value.maxDocumentSize : DEFAULT_SETTINGS.maxDocumentSize;
  const wanted = value.uiLanguage === 'ru' || value.uiLanguage === 'en' ? value.uiLanguage : fallbackLanguage?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  const speakerHints = typeof value.inlayHints.speakers === 'boolean' ? value.inlayHints.speakers : DEFAULT_SETTINGS.speakerHints;
  return { languages, checks, maxDocumentSize, uiLanguage: wanted, speakerHints };
}

function nest(raw: unknown): RawSettings {
  const flat = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const inlayHints = flat.inlayHints && typeof flat.inlayHints === 'object' ? { ...(flat.inlayHints as Record<string, unknown>) } : {};
  if ('inlayHints.speakers' in flat) inlayHints.speakers = flat['inlayHints.speakers'];
  return { ...flat, inlayHints };
}
