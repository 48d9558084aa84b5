import { randomBytes } from "node:crypto";
import { link, mkdir, open, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../errors.js";
import { describeFsError } from "../files.js";

/**
 * Writes the whole file or nothing: the text goes to a temporary file in the same folder, which
 * then takes the final name in one step. Without `force`, hard-linking it there fails if the name
 * is taken, even by a file created a moment ago; with `force`, rename replaces it atomically.
 */
export async function writeNewFile(file: string, text: string, shown: string, force: boolean): Promise<void> {
  const dir = path.dirname(file);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(`${shown}: can't create its folder: ${describeFsError(error)}`);
  }
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx", 0o644);
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (force) await rename(temp, file);
    else await placeWithoutReplacing(temp, file, text);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UserError(`${shown} already exists: choose another --out, or pass --force to replace it`);
    throw new UserError(`${shown}: ${describeFsError(error)}`);
  }
  await unlink(temp).catch(() => undefined);
}

async function placeWithoutReplacing(temp: string, file: string, text: string): Promise<void> {
  try {
    await link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some file systems (FAT, some network mounts) have no hard links: fall back to exclusive create.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    const handle = await open(file, "wx", 0o644);
    try {
      await handle.writeFile(text, "utf8");
    } finally {
      await handle.close();
    }
  }
}
