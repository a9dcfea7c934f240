// The Firestore port (see ./port.js) on firebase-admin. Created lazily so that loading the
// functions module (e.g. in tests, or for deployment analysis) does not initialize an app.
'use strict';

const { initializeApp, getApps } = require('firebase-admin/app');
const { getFirestore, FieldValue } = require('firebase-admin/firestore');

function adminFirestore(db) {
  if (!db) {
    if (getApps().length === 0) initializeApp();
    db = getFirestore();
  }
  const ref = (path) => db.doc(path);
  const wrap = (tx) => ({
    getDoc: async (path) => { const snap = await tx.get(ref(path)); return snap.exists ? snap.data() : null; },
    setDoc: (path, data, options = {}) => { tx.set(ref(path), data, { merge: !!options.merge }); },
    updateDoc: (path, fields) => { tx.update(ref(path), fields); },
    deleteDoc: (path) => { tx.delete(ref(path)); },
  });
  return {
    db,
    increment: (n) => FieldValue.increment(n),
    async getDoc(path) { const snap = await ref(path).get(); return snap.exists ? snap.data() : null; },
    async query(collection, where = []) {
      let q = db.collection(collection);
      for (const [field, op, value] of where) q = q.where(field, op, value);
      const snap = await q.get();
      return snap.docs.map((d) => ({ id: d.id, data: d.data() }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    runTransaction: (callback) => db.runTransaction((tx) => callback(wrap(tx))),
    setDoc: (path, data, options = {}) => ref(path).set(data, { merge: !!options.merge }),
    updateDoc: (path, fields) => ref(path).update(fields),
    deleteDoc: (path) => ref(path).delete(),
  };
}

module.exports = { adminFirestore };
