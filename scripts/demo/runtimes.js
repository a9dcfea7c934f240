// The two runtimes of the demo, each as a call(op, text) → envelope text
// function: tailorctl (one process per call, input on stdin) and the wasm
// build loaded in this Node process.
'use strict';
const { spawnSync } = require('child_process');

function tailorctlCall(tailorctl) {
  return (op, text) => {
    const run = spawnSync(tailorctl, [op], { input: text, maxBuffer: 64 << 20 });
    if (run.error) throw run.error;
    const out = run.stdout.toString('utf8');
    if (!out.trim()) throw new Error(`${tailorctl} ${op} printed nothing: ${run.stderr.toString()}`);
    return out.replace(/\n$/, '');   // tailorctl ends the envelope with one newline
  };
}

function wasmCall(core) {
  return (op, text) => core.call(op, text);
}

module.exports = { tailorctlCall, wasmCall };
