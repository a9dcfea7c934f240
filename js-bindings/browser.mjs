// tailor-core for browsers, web workers and bundlers (ES module).
import createTailorModule from './dist/tailor_core_web.mjs';
import { createCore, TailorError } from './dist/core.mjs';

let cached = null;
let cachedKey = null;

/**
 * Loads the core once and returns the same instance on every call.
 * @param {{wasmUrl?: string, locateFile?: (file: string, prefix: string) => string,
 *          wasmBinary?: Uint8Array|ArrayBuffer}} [options]
 *   Bundlers (Vite, webpack 5) resolve the default URL below; otherwise point
 *   `wasmUrl` at where tailor_core_web.wasm is served.
 */
export function load(options = {}) {
  const key = JSON.stringify({ wasmUrl: options.wasmUrl || null, custom: !!options.locateFile,
    wasmBinary: options.wasmBinary ? options.wasmBinary.byteLength : null });
  if (cached) {
    if (key !== cachedKey) {
      return Promise.reject(new TailorError('load_options_conflict',
        'tailor-core is already loaded with different options; load() returns one shared instance'));
    }
    return cached;
  }
  cachedKey = key;
  const defaultUrl = new URL('./dist/tailor_core_web.wasm', import.meta.url).href;
  const locateFile = options.locateFile ||
    ((file) => (file.endsWith('.wasm') ? options.wasmUrl || defaultUrl : file));
  let abortReason = null;
  const messages = [];
  cached = createTailorModule({
    locateFile,
    print: (line) => messages.push(line),
    printErr: (line) => messages.push(line),
    ...(options.wasmBinary ? { wasmBinary: options.wasmBinary } : {}),
    onAbort: (what) => { abortReason = what; },
  }).then((raw) => {
    if (abortReason) throw new TailorError('load_failed', 'the wasm module aborted while loading: ' + abortReason);
    return createCore(raw);
  }).catch((err) => {
    cached = null;
    cachedKey = null;
    if (err instanceof TailorError) throw err;
    throw new TailorError('load_failed', 'could not load the tailor-core wasm module: ' +
      (messages.length ? messages.join('; ') : (err && err.message) || String(err)));
  });
  return cached;
}

export { TailorError };
export default { load, TailorError };
