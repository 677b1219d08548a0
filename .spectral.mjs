// Spectral for the generated OpenAPI documents (test/generator/openapi-lint.test.ts): the stock OpenAPI ruleset,
// with one rule taught XML. An XML answer's example is the document as the server sends it, a string (OpenAPI 3.1
// §4.8.19: "To represent examples of media types that cannot naturally be represented in JSON or YAML, use a string
// value"), while its schema describes the element tree; oas3-valid-media-example checks the string against the tree
// and fails (stoplightio/spectral#2523). It runs unchanged on every other example; the XML ones are read into their
// tree and checked against their schema by test/generator/openapi-lint.test.ts instead.
import { oas } from '@stoplight/spectral-rulesets';

const mediaExamples = oas.rules['oas3-valid-media-example'];
const validate = mediaExamples.then.function;

/** The media type of a content entry the rule is given (`…/content/application/xml`), if it is one. */
const mediaTypeOf = (path) => (path.at(-2) === 'content' ? String(path.at(-1)) : undefined);

export default {
  extends: [oas],
  rules: {
    'oas3-valid-media-example': {
      ...mediaExamples,
      then: {
        ...mediaExamples.then,
        function: (target, options, context) =>
          /[/+]xml$/.test(mediaTypeOf(context.path) ?? '') ? undefined : validate(target, options, context),
      },
    },
  },
};
