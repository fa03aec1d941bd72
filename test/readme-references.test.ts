// Every reference to a README section, from code comments, manifests and docs, names a section that
// exists: `README, "Metrics"`-style citations and `README.md#anchor` links. Sections get renamed; the
// references to them are otherwise found stale only by a reader following one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '@orebro/local-federation';

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function headings(markdownFile: string): string[] {
  const text = readFileSync(markdownFile, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return [...text.matchAll(/^#{1,6} +(.+?) *#*$/gm)].map((m) => m[1]!);
}

const files = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|js|mjs|md|ya?ml|graphql|sh)$|(^|\/)Dockerfile$/.test(f) && existsSync(join(repoRoot, f)))
  .filter((f) => !f.startsWith('dashboard/src/gql/') && f !== 'test/readme-references.test.ts');
const rootHeadings = headings(join(repoRoot, 'README.md'));

test('GitHub anchors are made the way GitHub makes them', () => {
  expect(['Step by step: on Kubernetes', 'Identity, access and limits', 'A request’s way to a kommun’s row'].map(anchorOf)).toEqual([
    'step-by-step-on-kubernetes',
    'identity-access-and-limits',
    'a-requests-way-to-a-kommuns-row',
  ]);
});

test('every README section cited by name exists (README, "Section"; path/README.md, "Section")', () => {
  // A heading may carry a parenthesis after the cited name: "Issue 17 notes (branch ..., date)".
  const has = (found: string[], section: string) => found.some((h) => h === section || h.startsWith(`${section} (`));
  const stale = files.flatMap((file) =>
    [...readFileSync(join(repoRoot, file), 'utf8').matchAll(/((?:[\w.-]+\/)*)\bREADME(?:\.md)?[,:]? *\(?["“]([^"”\n]{3,100})["”]/g)]
      .filter((m) => {
        const readme = m[1] ? join(repoRoot, m[1], 'README.md') : join(repoRoot, 'README.md');
        return !existsSync(readme) || !has(m[1] ? headings(readme) : rootHeadings, m[2]!);
      })
      .map((m) => `${file}: ${m[1] ?? ''}README "${m[2]}"`),
  );
  expect(stale).toEqual([]);
});

test('every link to a markdown anchor (README.md#anchor) resolves', () => {
  const stale = files.flatMap((file) =>
    [...readFileSync(join(repoRoot, file), 'utf8').matchAll(/([\w./-]*README\.md)#([\w-]+)/g)].flatMap(([whole, target, anchor]) => {
      const candidates = [join(repoRoot, dirname(file), target!), join(repoRoot, target!)].filter((p) => existsSync(p));
      const found = candidates.some((p) => headings(p).map(anchorOf).includes(anchor!));
      return found ? [] : [`${file}: ${whole}`];
    }),
  );
  expect(stale).toEqual([]);
});
