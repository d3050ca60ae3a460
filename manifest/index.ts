/** The Teams app package: the manifest template beside this file, checked offline against the bundled schema, zipped. */
export { type AppPackage, buildAppPackage, templateDir } from './build-app-package.js';
export { ManifestError, type ManifestErrorCode } from './errors.js';
export { fillTemplate } from './fill-template.js';
export { type PngHeader, readPngHeader } from './read-png-header.js';
export { MANIFEST_SCHEMA_VERSION, validateManifest } from './validate-manifest.js';
