/**
 * The page of GET /docs/ and the script that starts Swagger UI on it: one definition per dialect in the top bar's
 * list, each loaded from its /docs/<dialect>/openapi.json (relative, so the reference works behind any prefix).
 */

export interface ReferenceEntry {
  /** The dialect's name, its folder under /docs/. */
  name: string;
  title: string;
}

/** Swagger UI needs inline styles; everything else comes from this server alone. */
export const DOCS_PAGE_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Switchboard API reference</title>
<link rel="stylesheet" href="swagger-ui.css">
<link rel="stylesheet" href="index.css">
<link rel="icon" type="image/png" href="favicon-32x32.png" sizes="32x32">
</head>
<body>
<div id="swagger-ui"></div>
<script src="swagger-ui-bundle.js"></script>
<script src="swagger-ui-standalone-preset.js"></script>
<script src="switchboard-docs.js"></script>
</body>
</html>
`;

/**
 * Swagger UI's options: "Try it out" open on every operation (the point of the page), authorisations kept across
 * reloads, deep links to operations, and no call to the public validator service.
 */
export function docsScript(entries: ReferenceEntry[]): string {
  const options = {
    urls: entries.map((entry) => ({ url: `${entry.name}/openapi.json`, name: entry.title })),
    'urls.primaryName': entries[0]?.title,
    dom_id: '#swagger-ui',
    layout: 'StandaloneLayout',
    deepLinking: true,
    tryItOutEnabled: true,
    persistAuthorization: true,
    displayOperationId: true,
    validatorUrl: 'none',
  };
  return `window.ui = SwaggerUIBundle(Object.assign(${JSON.stringify(options)}, {
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  plugins: [SwaggerUIBundle.plugins.DownloadUrl],
}));
`;
}
