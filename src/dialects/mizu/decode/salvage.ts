/** When a request cannot be decoded, its answer still uses the format it asked for, if that much can be read. */
const FORMAT = /(?:^|[?&\s])format=([a-z]{2,9})(?:$|[&\s])/i;
const CALLBACK = /(?:^|[?&\s])callback=([A-Za-z_$][\w$.]{0,63})(?:$|[&\s])/;

export function salvageFormat(text: string): Record<string, string> {
  const format = FORMAT.exec(text)?.[1];
  const callback = CALLBACK.exec(text)?.[1];
  return { ...(format ? { format } : {}), ...(callback ? { callback } : {}) };
}
