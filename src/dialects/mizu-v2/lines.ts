/** Mizu v2 request lines (raw TCP, UDP, WebSocket), answered by the pipeline in text unless the line asks otherwise. */
import type { LineAnswerer } from '../../runtime/dialect.ts';
import { salvageFormat } from '../mizu/decode/salvage.ts';
import type { MizuInput, MizuV2Pipeline } from './pipeline.ts';
import { parseRequestLine } from './request-line.ts';

export function mizuLines(pipeline: MizuV2Pipeline): LineAnswerer {
  return async ({ line, transport, ip, viaUnknownProxy, session, failure, verdict }) => {
    let input: MizuInput;
    try {
      if (failure) throw failure;
      input = { ...parseRequestLine(line), transport, ip, viaUnknownProxy, session };
    } catch (e) {
      input = { params: salvageFormat(line), transport, ip, viaUnknownProxy, session, failure: e };
    }
    const output = await pipeline.handle(input);
    if (verdict) {
      verdict.authenticated = input.authenticated === true;
      verdict.banned = output.error === 'banned';
    }
    return output.rendered.body;
  };
}
