// One property per domain, one method per operation: "validate.order" is
// core.validate.order(input). Each domain's types live in ./<domain>.d.ts.
// tests/node/packaging.test.js checks that every operation in core.operations
// has a method here and that a strict TypeScript program calling them compiles.

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Operations {}
