/** Every templates/*.json file by id, bundled into the CLI by scripts/build-cli.mjs. */
declare module 'virtual:mlsd-templates' {
  const templates: Record<string, unknown>;
  export default templates;
}

/** The version in package.json, set by scripts/build-cli.mjs. */
declare const MLSD_VERSION: string;
