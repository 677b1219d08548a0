/** The spec-type → TypeScript-type mapping and the naming helpers every TypeScript emitter uses. */
import type { EnumValue, ValueType } from '../load/model.ts';

/** The TypeScript type a spec value type becomes. Money stays a decimal string: never a binary float. */
export function tsType(type: ValueType, values?: EnumValue[]): string {
  switch (type) {
    case 'integer':
    case 'number':
      return values?.length ? literalUnion(values) : 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return values?.length ? literalUnion(values) : 'string';
    case 'list':
      return 'string[]';
    case 'json':
      return 'Record<string, unknown>';
    case 'decimal':
      return 'Decimal';
    default:
      return 'string';
  }
}

function literalUnion(values: EnumValue[]): string {
  return values.map((v) => JSON.stringify(v.value)).join(' | ');
}

/** A property key as it must be written in TypeScript. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

export function docLines(...lines: (string | undefined)[]): string[] {
  const text = lines.filter((l): l is string => !!l && l.trim() !== '').join('\n\n');
  return text ? [text.replace(/\*\//g, '* /')] : [];
}
