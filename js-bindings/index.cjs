// tailor-core for Node.js (CommonJS). ESM users get the same through index.mjs.
'use strict';

const fs = require('fs');
const path = require('path');
const { createCore, TailorError } = require('./src/core.js');

let cached = null;
let cachedKey = null;

function optionsKey(options) {
  return JSON.stringify({
    wasmPath: options.wasmPath || null,
    wasmBinary: options.wasmBinary ? options.wasmBinary.byteLength : null,
  });
}

/**
 * Loads the core once and returns the same instance on every call.
 * @param {{wasmPath?: string, wasmBinary?: Uint8Array|ArrayBuffer}} [options]
 * @returns {Promise<object>}
 * @example
 *   const { load } = require('tailor-core');
 *   const core = await load();
 *   core.validate.order(orderDocument); // {valid, issues}
 */
function load(options = {}) {
  const key = optionsKey(options);
  if (cached) {
    if (key !== cachedKey) {
      return Promise.reject(new TailorError('load_options_conflict',
        'tailor-core is already loaded with different options; load() returns one shared instance'));
    }
    return cached;
  }
  cachedKey = key;
  cached = (async () => {
    const glue = path.join(__dirname, 'dist', 'tailor_core_node.js');
    if (!fs.existsSync(glue)) {
      throw new TailorError('not_built', 'js-bindings/dist is missing: run cmake --preset wasm-release && cmake --build --preset wasm-release');
    }
    const factory = require(glue);
    // Emscripten 3.1.6 would fetch() a file path under Node 18+; hand it the bytes instead.
    const wasmBinary = options.wasmBinary ||
      fs.readFileSync(options.wasmPath || path.join(__dirname, 'dist', 'tailor_core_node.wasm'));
    // The library never writes to the console itself: runtime messages are kept
    // and reported in the error if loading fails.
    const messages = [];
    let abortReason = null;
    let raw;
    try {
      raw = await factory({
        wasmBinary,
        print: (line) => messages.push(line),
        printErr: (line) => messages.push(line),
        onAbort: (what) => { abortReason = what; },
      });
    } catch (err) {
      throw new TailorError('load_failed', 'could not load the tailor-core wasm module: ' +
        (messages.length ? messages.join('; ') : (err && err.message) || String(err)));
    }
    if (abortReason) throw new TailorError('load_failed', 'the wasm module aborted while loading: ' + abortReason);
    return createCore(raw);
  })().catch((err) => {
    cached = null; // a failed load is not cached: the next load() tries again
    cachedKey = null;
    if (err instanceof TailorError) throw err;
    throw new TailorError('load_failed', 'could not load the tailor-core wasm module: ' + (err && err.message || err));
  });
  return cached;
}

module.exports = { load, TailorError };
