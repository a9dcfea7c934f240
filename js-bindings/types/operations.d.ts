// One property per domain, one method per operation: "rules.authorize" is
// core.rules.authorize(input). Each domain's types live in ./<domain>.d.ts.
// tests/node/packaging.test.js checks that a strict TypeScript program calling
// every operation in core.operations compiles against these declarations.
import type { RulesOperations } from './rules';

export interface Operations {
  readonly rules: RulesOperations;
}
