/** Text made safe inside XML and HTML elements and attributes. */

// Characters XML 1.0 does not allow at all (§2.2), lone surrogates included; escaping cannot save them.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// A carriage return is escaped because XML parsers turn a literal one into a line feed.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
};

export function escapeMarkup(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"'\r]/g, (c) => ESCAPES[c]!);
}
