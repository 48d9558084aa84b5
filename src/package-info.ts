import { createRequire } from "node:module";

/** pm's own version, from its package.json. */
export const PACKAGE_VERSION: string = createRequire(import.meta.url)("../package.json").version;
