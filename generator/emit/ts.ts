/** The spec-type → TypeScript-type mapping and the naming helpers every TypeScript emitter uses. */
import type { EnumValue, ValueType } from '../load/model.ts';

/** The TypeScript type a spec value type becomes. Money stays a decimal string: never a binary float. */
export function tsType(type: ValueType, values?: EnumValue[]): string {
  return tsTypeAlternatives(type, values).join(' | ');
}

/** The same type as its union alternatives (one, unless the value is one of a list of literals). */
export function tsTypeAlternatives(type: ValueType, values?: EnumValue[]): string[] {
  const literals = values?.length ? values.map((v) => JSON.stringify(v.value)) : undefined;
  switch (type) {
    case 'integer':
    case 'number':
      return literals ?? ['number'];
    case 'boolean':
      return ['boolean'];
    case 'enum':
      return literals ?? ['string'];
    case 'list':
      return ['string[]'];
    case 'json':
      return ['Record<string, unknown>'];
    case 'decimal':
      return ['Decimal'];
    default:
      return ['string'];
  }
}

/** A property key as it must be written in TypeScript. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

export function docLines(...lines: (string | undefined)[]): string[] {
  const text = lines.filter((l): l is string => !!l && l.trim() !== '').join('\n\n');
  return text ? [text.replace(/\*\//g, '* /')] : [];
}
