/**
 * Keeps the lesson being built in the browser's localStorage, so that a reload, a closed tab or a crash loses
 * nothing. Storage can be missing, blocked (a privacy setting, some embedded or private windows) or full: every
 * call says so in its result instead of throwing, and the builder tells the teacher.
 */
import type { Draft } from './draft.js';
import { isRecord } from './draft.js';
import { PARTS, type ExportOptions, type Part } from './export.js';

/** The key the draft is kept under, unless the element's `storage-key` says otherwise. */
export const DEFAULT_STORAGE_KEY = 'edu-timeline:builder:draft';

/** The part of the Storage interface the store uses (so tests can give one that fails). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What is kept: the lesson, and enough of the builder's state to come back to the same place. */
export interface SavedDraft {
  version: 1;
  /** When this version was kept (ISO 8601). */
  savedAt: string;
  draft: Draft;
  /** The view the teacher was in. */
  view: 'form' | 'json';
  /** The JSON text being edited, when it could not be read yet (a half-typed change), so it is not lost either. */
  jsonText?: string;
  options: ExportOptions;
}

/**
 * Why storage failed: `unavailable` (no storage, or blocked), `full` (over the browser's quota), `unreadable` (what
 * is kept is not a saved lesson).
 */
export interface StoreFailure {
  ok: false;
  reason: 'unavailable' | 'full' | 'unreadable';
  detail: string;
}
export type SaveResult = { ok: true } | StoreFailure;
export type LoadResult = { ok: true; value: SavedDraft | null } | StoreFailure;

/** The browser's localStorage, or the error reading it throws when the page may not use it. */
function browserStorage(): StorageLike {
  return window.localStorage;
}

export class DraftStore {
  constructor(
    readonly key: string = DEFAULT_STORAGE_KEY,
    private readonly storage: () => StorageLike | null | undefined = browserStorage,
  ) {}

  /** The kept draft, `null` when there is none, or why it could not be read. */
  load(): LoadResult {
    let text: string | null;
    try {
      const storage = this.storage();
      if (!storage) return { ok: false, reason: 'unavailable', detail: 'this browser has no storage for pages' };
      text = storage.getItem(this.key);
    } catch (e) {
      return { ok: false, reason: 'unavailable', detail: describe(e) };
    }
    if (text === null) return { ok: true, value: null };
    const saved = readSaved(text);
    return saved ? { ok: true, value: saved } : { ok: false, reason: 'unreadable', detail: 'not a saved lesson' };
  }

  /** Keeps `saved`, replacing what was kept before. */
  save(saved: SavedDraft): SaveResult {
    try {
      const storage = this.storage();
      if (!storage) return { ok: false, reason: 'unavailable', detail: 'this browser has no storage for pages' };
      storage.setItem(this.key, JSON.stringify(saved));
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: isQuotaError(e) ? 'full' : 'unavailable', detail: describe(e) };
    }
  }

  /** Forgets the kept draft. */
  clear(): SaveResult {
    try {
      this.storage()?.removeItem(this.key);
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: 'unavailable', detail: describe(e) };
    }
  }
}

/** A kept draft from its JSON text, or `null` when the text is not one (another program's data, a cut-off write). */
export function readSaved(text: string): SavedDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.draft)) return null;
  const options = isRecord(value.options) ? value.options : {};
  const hide = Array.isArray(options.hide) ? options.hide.filter((p): p is Part => PARTS.includes(p as Part)) : [];
  return {
    version: 1,
    savedAt: typeof value.savedAt === 'string' ? value.savedAt : new Date(0).toISOString(),
    draft: value.draft,
    view: value.view === 'json' ? 'json' : 'form',
    jsonText: typeof value.jsonText === 'string' ? value.jsonText : undefined,
    options: { hide, printAnswers: options.printAnswers !== false },
  };
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
