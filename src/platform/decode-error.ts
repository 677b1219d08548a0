/** A request body or query that cannot be read as parameters; the message is meant for the client. */
export class DecodeError extends Error {
  /** What was wrong with the input, without the generic prefix. */
  readonly problem: string;
  constructor(problem: string) {
    super(`malformed request: ${problem}`);
    this.name = 'DecodeError';
    this.problem = problem;
  }
}

/** A client-chosen name as it appears in a message: long enough to recognise, never the size of the request. */
export function shown(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}
