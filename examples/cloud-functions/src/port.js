// The Firestore port: the only way the functions touch the database, so the same handlers run on
// firebase-admin (./firestore-admin.js) and in memory (./firestore-memory.js, for tests).
//
//   getDoc(path)                      → data object | null          ("orders/ord_1")
//   query(collection, where)          → [{id, data}] sorted by id    (where: [[field, op, value]])
//   increment(n)                      → a value for updateDoc/setDoc that adds n atomically
//   runTransaction(async (tx) => …)   → tx.getDoc / tx.setDoc(path, data, {merge}) /
//                                       tx.updateDoc(path, {dotted.field: value}) / tx.deleteDoc
//   setDoc / updateDoc / deleteDoc    → single writes
//
// Reads inside a transaction come before its writes (Firestore's rule); the memory port stages
// writes and applies them when the callback resolves.
'use strict';

// The memory port's increment marker (firebase-admin uses FieldValue.increment instead).
const INCREMENT = Symbol.for('tailor.cloudFunctions.increment');
const isIncrement = (value) => value !== null && typeof value === 'object' && INCREMENT in value;

module.exports = { INCREMENT, isIncrement };
