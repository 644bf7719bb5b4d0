import "server-only";
import path from "node:path";

/**
 * Absolute path of a folder inside an installed package, ending with a separator (pdfjs requires the trailing
 * slash). Resolved from the working directory rather than `require.resolve`, because Next.js bundles rewrite
 * module resolution; `next start` and the standalone server both run from the folder holding `node_modules`
 * (for `output: 'standalone'` list these folders in `outputFileTracingIncludes`).
 */
export function nodeModulePath(...segments: string[]): string {
  return `${path.join(process.cwd(), "node_modules", ...segments)}${path.sep}`;
}
