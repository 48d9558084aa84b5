import { createRequire } from "node:module";

interface PackageJson {
  version: string;
  repository: { url: string } | string;
}

const pkg = createRequire(import.meta.url)("../package.json") as PackageJson;

/** pm's own version, from its package.json. */
export const PACKAGE_VERSION: string = pkg.version;

/**
 * pm's home on the web, from package.json's `repository` (the one place it is written): every
 * docs link, the schema address and the pre-commit recipe are made from it.
 */
export const REPOSITORY_URL: string = (typeof pkg.repository === "string" ? pkg.repository : pkg.repository.url)
  .replace(/^git\+/, "")
  .replace(/\.git$/, "");

/** Where a file of the repository's main branch is shown to people. */
export function repositoryFileUrl(file: string): string {
  return `${REPOSITORY_URL}/blob/main/${file}`;
}

/** Where a file of the repository's main branch is served as it is (for editors fetching the schema). */
export function repositoryRawUrl(file: string): string {
  const github = /^https:\/\/github\.com\/(.+)$/.exec(REPOSITORY_URL);
  return github ? `https://raw.githubusercontent.com/${github[1]}/main/${file}` : `${REPOSITORY_URL}/raw/main/${file}`;
}
