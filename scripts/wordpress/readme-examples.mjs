/**
 * The tags the README tells people to paste: every kit tag in the HTML examples of its
 * "Quick start" (with "Data sources") and "Elements" sections, as written there.
 */
import { readFileSync } from 'node:fs';

const SECTIONS = ['Quick start', 'Elements'];
const TAG = /<(kpi-card|kpi-trend|funnel-ratio|goal-gauge)\b[\s\S]*?<\/\1>/g;

/** The text of a `## ` section, up to the next one. */
const section = (markdown, title) => {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${title}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
};

/**
 * Each example with what it needs: `data` when it reads a `<script>` child (which kses removes
 * for authors), `remote` when it reads `src` (an address that only exists in the README).
 */
export const readmeExamples = (readmePath) => {
  const markdown = readFileSync(readmePath, 'utf8');
  return SECTIONS.flatMap((title) =>
    [...section(markdown, title).matchAll(/```html\n([\s\S]*?)```/g)].flatMap(([, code]) =>
      [...code.matchAll(TAG)].map(([html, tag]) => ({
        section: title,
        tag,
        html,
        data: /<script\b/i.test(html),
        remote: /\ssrc=/.test(html),
      })),
    ),
  );
};
