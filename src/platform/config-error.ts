/** A mistake in the server config (file, environment or the files it names): reported as one line, no stack. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
