// Shared loader for tests/vectors/<op>/<case>.json (see tests/native/vector_file.hpp).
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', 'vectors');

function vectorFiles() {
  const out = [];
  for (const dir of fs.readdirSync(root).sort()) {
    const full = path.join(root, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).sort()) if (f.endsWith('.json')) out.push(path.join(full, f));
  }
  return out;
}

/** @returns {{file, name, folder, op, input: string|Buffer, expect: string}} */
function loadVector(file) {
  const v = JSON.parse(fs.readFileSync(file, 'utf8'));
  let input;
  if ('input' in v) input = JSON.stringify(v.input);
  else if ('inputText' in v) input = v.inputText;
  else input = Buffer.from(v.inputHex, 'hex');
  return {
    file,
    folder: path.basename(path.dirname(file)),
    name: path.relative(root, file),
    op: v.op,
    input,
    expect: JSON.stringify(v.expect),
  };
}

module.exports = { vectorFiles, loadVector, root };
