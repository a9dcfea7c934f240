// In-memory implementation of the Firestore port (see ./port.js), for tests and local runs.
// Documents are plain JSON objects keyed by their path ("orders/ord_1"); every read returns a
// deep copy, so a handler can never change stored data without writing it. Writes made inside
// runTransaction are staged and applied together when the callback resolves (nothing is applied
// if it throws), like a Firestore transaction. `writes` records every applied write, so a test can
// assert that a replayed event wrote nothing.
'use strict';

const { INCREMENT, isIncrement } = require('./port');

function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function getPath(object, dotted) {
  let cursor = object;
  for (const key of dotted.split('.')) {
    if (cursor === null || typeof cursor !== 'object') return undefined;
    cursor = cursor[key];
  }
  return cursor;
}

function setPath(object, dotted, value) {
  const keys = dotted.split('.');
  let cursor = object;
  for (const key of keys.slice(0, -1)) {
    if (cursor[key] === null || typeof cursor[key] !== 'object') cursor[key] = {};
    cursor = cursor[key];
  }
  const last = keys[keys.length - 1];
  if (isIncrement(value)) {
    const before = typeof cursor[last] === 'number' ? cursor[last] : 0; // Firestore: missing → 0
    cursor[last] = before + value[INCREMENT];
  } else {
    cursor[last] = clone(value);
  }
}

// Firestore's merge: nested objects merge key by key, everything else replaces.
function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (isIncrement(value)) setPath(target, key, value);
    else if (value && typeof value === 'object' && !Array.isArray(value) &&
             target[key] && typeof target[key] === 'object' && !Array.isArray(target[key])) {
      merge(target[key], value);
    } else target[key] = clone(value);
  }
  return target;
}

function matches(data, [field, op, value]) {
  const actual = getPath(data, field);
  switch (op) {
    case '==': return actual === value;
    case '!=': return actual !== undefined && actual !== value;
    case 'in': return value.includes(actual);
    case '<': return actual < value;
    case '<=': return actual <= value;
    case '>': return actual > value;
    case '>=': return actual >= value;
    default: throw new Error(`unsupported query operator ${op}`);
  }
}

class MemoryFirestore {
  constructor(documents = {}) {
    this.docs = new Map();
    this.writes = [];
    for (const [path, data] of Object.entries(documents)) this.docs.set(path, clone(data));
  }

  increment(n) { return { [INCREMENT]: n }; }

  async getDoc(path) { return this.docs.has(path) ? clone(this.docs.get(path)) : null; }

  // where: [[field (dotted), op, value], …]; results sorted by id (a total, stable order).
  async query(collection, where = []) {
    const prefix = collection + '/';
    const out = [];
    for (const [path, data] of this.docs) {
      const id = path.slice(prefix.length);
      if (!path.startsWith(prefix) || id.includes('/')) continue;
      if (where.every((clause) => matches(data, clause))) out.push({ id, data: clone(data) });
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async runTransaction(callback) {
    const staged = [];
    const tx = {
      getDoc: (path) => this.getDoc(path),
      setDoc: (path, data, options = {}) => { staged.push({ op: options.merge ? 'merge' : 'set', path, data: clone(data) }); },
      updateDoc: (path, fields) => { staged.push({ op: 'update', path, data: fields }); },
      deleteDoc: (path) => { staged.push({ op: 'delete', path }); },
    };
    const result = await callback(tx);
    for (const write of staged) {
      if (write.op === 'update' && !this.docs.has(write.path)) {
        throw new Error(`NOT_FOUND: no document to update: ${write.path}`);
      }
    }
    for (const write of staged) this.apply(write);
    return result;
  }

  apply({ op, path, data }) {
    this.writes.push({ op, path, data });
    if (op === 'delete') this.docs.delete(path);
    else if (op === 'set') this.docs.set(path, merge({}, data));
    else if (op === 'merge') this.docs.set(path, merge(this.docs.get(path) || {}, data));
    else {
      const doc = this.docs.get(path);
      for (const [field, value] of Object.entries(data)) setPath(doc, field, value);
    }
  }

  // Single writes outside a transaction.
  async setDoc(path, data, options) { return this.runTransaction(async (tx) => tx.setDoc(path, data, options)); }
  async updateDoc(path, fields) { return this.runTransaction(async (tx) => tx.updateDoc(path, fields)); }
  async deleteDoc(path) { return this.runTransaction(async (tx) => tx.deleteDoc(path)); }
}

module.exports = { MemoryFirestore };
