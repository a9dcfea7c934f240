// A strict TypeScript program using the installed package: compiled by
// tests/node/packaging.test.js with `tsc --strict --noEmit`. It must call
// every operation (the test checks the list against core.operations).
import { load, TailorError, type Core, type Issue } from 'tailor-core';

async function main(): Promise<void> {
  const core: Core = await load();
  const version: string = core.version;
  const contract: number = core.contractVersion;
  const names: string[] = core.operations.map((o) => o.name);
  const envelope: string = core.call('core.version', '{}');
  console.log(version, contract, names.length, envelope.length);
  try {
    core.call('core.version', new Uint8Array([0x7b, 0x7d]));
  } catch (e) {
    if (e instanceof TailorError) {
      const details: readonly Issue[] = e.details;
      console.log(e.code, details.length);
    }
  }
  // Every domain method, with typed inputs and results.
  const decision = core.rules.authorize({
    auth: { uid: 'c1', token: { role: 'customer' } }, op: 'get', path: 'orders/o1',
    resource: { customerId: 'c1' },
  });
  const allowed: boolean = decision.allow;
  const check = core.rules.check({
    order: { orderId: 'o1' }, services: [], actor: { uid: 'a1', role: 'admin' }, now: new Date(),
  });
  const firstViolation: string | undefined = check.violations[0]?.code;
  const rulesText: string = core.rules.firestore().text;
  const indexCount: number = core.rules.indexes().indexes;
  console.log(allowed, firstViolation, rulesText.length, indexCount);
}

void main();
