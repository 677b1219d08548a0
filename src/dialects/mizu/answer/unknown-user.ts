/**
 * A login naming no account. The answer's words are those of a wrong password, so the body tells nobody which names
 * exist; under httpstrictresponse the HTTP status is the seed's own for it, "404: Not Found – user not found"
 * (000:L77), which an operator turning that option on asks for.
 */
import { SwitchboardError } from '../../../platform/errors.ts';

export function unknownUser(strict: boolean, message: string): SwitchboardError {
  return new SwitchboardError(strict ? 'user-not-found' : 'auth-failed', message);
}
