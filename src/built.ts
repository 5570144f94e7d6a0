import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A file the build puts next to a module (`name`, relative to the module's `import.meta.url`):
 * beside it when the module runs from dist/, else the build's copy in dist/ (tests run src/).
 * Undefined when neither exists, before the first build.
 * @example builtFile('./analyze-worker.js', import.meta.url) // …/dist/worker/analyze-worker.js
 */
export function builtFile(name: string, moduleUrl: string): URL | undefined {
  const here = new URL(name, moduleUrl);
  if (existsSync(fileURLToPath(here))) return here;
  const at = here.href.lastIndexOf('/src/');
  if (at < 0) return undefined;
  const built = new URL(`${here.href.slice(0, at)}/dist/${here.href.slice(at + '/src/'.length)}`);
  return existsSync(fileURLToPath(built)) ? built : undefined;
}
