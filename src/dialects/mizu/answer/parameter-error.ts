/**
 * A Mizu request's parameter error. The seed names a code of its own for a missing number: "421: Extension
 * Required – number parameter is missing" (000:L79), sent as the HTTP status under httpstrictresponse; every other
 * parameter error is the runtime's.
 */
import type { ParamIssue } from '../../../protocol/coerce.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { parameterError } from '../../../runtime/edge-errors.ts';

/** The phone-number parameters (type phone in spec/common/params.yaml and the commands' own). */
const NUMBER_PARAMS = new Set(['anum', 'bnum', 'cnum', 'num', 'telnum', 'called']);

export function mizuParameterError(issues: ParamIssue[]): SwitchboardError {
  const error = parameterError(issues, { problems: false });
  const numberMissing =
    error.code === 'missing-parameter' && issues.every((i) => NUMBER_PARAMS.has(i.param.toLowerCase()));
  return numberMissing ? new SwitchboardError('missing-number', error.message, issues) : error;
}
