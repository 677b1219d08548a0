/** The constant header every generated file starts with. */
export const GENERATED_HEADER = 'generated from spec/ — do not edit; run `make generate`';

export const tsHeader = `// ${GENERATED_HEADER}\n`;
export const mdHeader = `<!-- ${GENERATED_HEADER} -->\n`;
