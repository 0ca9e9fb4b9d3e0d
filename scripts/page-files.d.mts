/** A chunk of the build manifest: its file in dist/, and the manifest keys of the chunks it imports. */
export interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

export const AUTOLOADER: string;

/** The dist/ files a page downloads for these manifest entries, the autoloader first. */
export function pageFiles(manifest: Readonly<Record<string, ManifestChunk>>, entries: readonly string[]): string[];
