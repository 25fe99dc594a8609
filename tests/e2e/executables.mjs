// Finds the programs the tests drive: the one named by an environment variable when it is set,
// otherwise the first of `names` on the PATH (or in `extraDirs`); null when there is none.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export function findExecutable(envVar, names, extraDirs = []) {
  if (process.env[envVar]) return process.env[envVar];
  const dirs = (process.env.PATH ?? '').split(delimiter).concat(extraDirs).filter(Boolean);
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return null;
}
