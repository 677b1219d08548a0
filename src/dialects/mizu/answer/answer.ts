/** What a Mizu command answers before it is rendered in the client's format. */
import type { ErrorCode } from '../../../../generated/common.ts';
import type { ParamIssue } from '../../../protocol/coerce.ts';

export const MIZU_FORMATS = ['text', 'cleartext', 'html', 'xml', 'soap', 'json', 'jsonp'] as const;
export type MizuFormat = (typeof MIZU_FORMATS)[number];

/** Result kinds, as in spec/: ok (bare success, optional message), value, record, list, text, file. */
export type ResultKind = 'ok' | 'value' | 'record' | 'list' | 'text' | 'file' | 'xml';

export type MizuAnswer =
  | { ok: true; kind: ResultKind; data: unknown; message?: string }
  | { ok: false; error: { code: ErrorCode; message: string; issues?: ParamIssue[] } };

export interface RenderedAnswer {
  contentType: string;
  body: string;
}

export interface RenderOptions {
  /** jsonp: the callback function name, already validated by the caller or the renderer. */
  callback?: string;
}
