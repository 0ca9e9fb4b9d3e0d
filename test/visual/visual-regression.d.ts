// The package lists its "import" condition before "types" in its exports, so TypeScript resolves
// the browser module (browser/commands.mjs) without finding its declarations: they are restated
// here, as browser/commands.d.ts has them.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
