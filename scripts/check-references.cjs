// Fails when a tracked file mentions a document that is not in the repository (outside notes,
// upper-case planning files, "the issue") or a machine path: the repository's own docs/ hold every
// fact it relies on. Run by `npm run lint`.
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const SELF = relative(ROOT, __filename);

const RULES = [
  { pattern: /\bTOOLCHAIN\b/, why: 'TOOLCHAIN is not in the repository; put the fact in docs/' },
  {
    pattern: /\bARCHITECTURE\.md\b/,
    why: 'ARCHITECTURE.md is not in the repository; cite docs/architecture.md',
  },
  { pattern: /\bAPI\.md\b/, why: 'API.md is not in the repository; cite docs/api.md' },
  { pattern: /\bthe issue\b/i, why: '"the issue" is not in the repository; say what it asked' },
  { pattern: /(?:\.\.\/)+shared(?!\/[a-z])/, why: 'a folder outside the repository' },
  { pattern: /\/work\/|\/home\/[a-z]/, why: 'a machine path' },
];

// Generated or third-party text, and this file (it names the patterns).
const SKIP = new Set(['package-lock.json', SELF]);

const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((file) => file && !SKIP.has(file));

const found = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(join(ROOT, file), 'utf8');
  } catch {
    continue; // deleted in the working tree
  }
  if (text.includes('\0')) continue; // binary
  text.split('\n').forEach((line, i) => {
    for (const { pattern, why } of RULES) {
      if (pattern.test(line)) found.push(`${file}:${i + 1}: ${why}\n    ${line.trim().slice(0, 160)}`);
    }
  });
}

if (found.length > 0) {
  console.error(`References to what the repository does not hold:\n${found.join('\n')}`);
  process.exit(1);
}
