import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Which top-level modules each module may import (STYLE.md §3). Imports point up the pipeline only. */
const ALLOWED_INTERNAL: Readonly<Record<string, readonly string[]>> = {
  config: [],
  corpus: [],
  sentences: ['corpus'],
  search: ['corpus', 'sentences'],
  extract: ['corpus', 'sentences', 'search'],
  index: ['corpus', 'sentences', 'search', 'extract'],
  answer: ['corpus', 'sentences', 'search', 'extract', 'index'],
  reader: ['answer', 'corpus', 'sentences', 'index'],
  render: ['answer', 'extract', 'corpus', 'sentences', 'index'],
  web: ['answer', 'reader', 'render', 'corpus', 'index'],
  slack: ['answer', 'render', 'config', 'corpus', 'sentences', 'extract', 'search', 'index', 'reader', 'web'],
  cli: ['answer', 'render', 'corpus', 'sentences', 'search', 'index', 'config', 'slack', 'reader', 'web'],
  'main.ts': [
    'config',
    'corpus',
    'sentences',
    'search',
    'extract',
    'index',
    'answer',
    'reader',
    'render',
    'web',
    'slack',
    'cli',
  ],
};

/** External packages (and node built-ins) that only some files may import. */
const RESTRICTED_EXTERNAL: readonly { readonly pattern: RegExp; readonly allowed: RegExp; readonly why: string }[] = [
  { pattern: /^minisearch/, allowed: /^search\/sentence-index\.ts$/, why: 'only the index knows MiniSearch' },
  {
    pattern: /^@slack\/(bolt|web-api|socket-mode)/,
    allowed: /^(slack\/|main\.ts$|cli\/digest\.ts$)/,
    why: 'only the Slack edge imports Bolt',
  },
  {
    pattern: /^(@mozilla\/readability|linkedom|unpdf)/,
    allowed: /^corpus\/formats\/convert-(html|pdf)\.ts$/,
    why: 'one converter per format owns its extractor',
  },
  {
    pattern: /^better-sqlite3/,
    allowed: /^index\/store\/((open|write)-sqlite-corpus-store|append-sqlite-corpus-delta)\.ts$/,
    why: 'only the corpus store knows SQLite (docs/store.md)',
  },
  { pattern: /^dotenv/, allowed: /^(main\.ts|cli\/[\w-]+\.ts)$/, why: 'dotenv is loaded at the entry points only' },
  {
    pattern: /^node:fs/,
    allowed:
      /^(corpus\/(load|watch)-corpus\.ts|corpus\/watch-folders\.ts|corpus\/load-corpus-settings\.ts|corpus\/read-corpus-files\.ts|corpus\/(write-file-atomically|write-converted-text|add-report-file)\.ts|index\/load-or-build-corpus-index\.ts|index\/store\/(corpus-store-files|write-sqlite-corpus-store)\.ts|slack\/digest\/digest-(state|lease)\.ts|main\.ts|cli\/[\w-]+\.ts)$/,
    why: 'file-system access stays at the edges',
  },
];

type SourceFile = {
  readonly path: string;
  readonly imports: readonly { spec: string; typeOnly: boolean }[];
  readonly text: string;
};

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listSources(join(dir, entry.name)) : [join(dir, entry.name)]))
    .filter((path) => path.endsWith('.ts'))
    .sort();
}

function readSource(path: string): SourceFile {
  const text = readFileSync(path, 'utf8');
  const imports = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map(
    (m) => ({
      spec: m[3] ?? '',
      typeOnly: Boolean(m[2]),
    }),
  );
  return { path: relative(SRC, path).split('\\').join('/'), imports, text };
}

/** Drops block and line comments, so documentation may mention what code must not do. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function moduleOf(path: string): string {
  return path.includes('/') ? (path.split('/')[0] ?? path) : path;
}

const FILES = listSources(SRC).map(readSource);

describe('module boundaries', () => {
  it('lets every module import only the modules above it in the pipeline', () => {
    const violations: string[] = [];
    for (const file of FILES) {
      const from = moduleOf(file.path);
      for (const { spec } of file.imports.filter((i) => i.spec.startsWith('.'))) {
        const target = relative(SRC, resolve(SRC, dirname(file.path), spec))
          .split('\\')
          .join('/');
        const to = moduleOf(target);
        if (to !== from && !(ALLOWED_INTERNAL[from] ?? []).includes(to)) violations.push(`${file.path} → ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps restricted packages behind their one owner', () => {
    const violations: string[] = [];
    for (const file of FILES) {
      for (const { spec } of file.imports) {
        for (const rule of RESTRICTED_EXTERNAL) {
          if (rule.pattern.test(spec) && !rule.allowed.test(file.path))
            violations.push(`${file.path}: ${spec} (${rule.why})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('imports @slack/types as types only, and only from the block renderers and the Slack edge', () => {
    const violations = FILES.flatMap((file) =>
      file.imports
        .filter((i) => i.spec.startsWith('@slack/types'))
        .filter((i) => !i.typeOnly || !/^(render\/blocks\/|slack\/)/.test(file.path))
        .map((i) => `${file.path}: ${i.spec}`),
    );
    expect(violations).toEqual([]);
  });

  it('reads process.env only at the entry points', () => {
    const violations = FILES.filter((file) => /process\.env/.test(stripComments(file.text)))
      .map((file) => file.path)
      .filter((path) => !/^(main\.ts|cli\/[\w-]+\.ts)$/.test(path));
    expect(violations).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(
      FILES.map((file) => [
        file.path,
        file.imports
          .filter((i) => i.spec.startsWith('.'))
          .map((i) =>
            relative(SRC, resolve(SRC, dirname(file.path), i.spec.replace(/\.js$/, '.ts')))
              .split('\\')
              .join('/'),
          ),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (node: string, trail: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'visiting');
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('has no barrel files and no default exports', () => {
    const violations = FILES.filter(
      (file) =>
        /(^|\/)index\.ts$/.test(file.path) ||
        /^export default\b/m.test(file.text) ||
        /^export \* from/m.test(file.text),
    ).map((file) => file.path);
    expect(violations).toEqual([]);
  });
});

/**
 * Names of one story (the seeds' war) that must never be code: a story's people, places and sides
 * are data (`verbatim.yml`, the gazetteer). Comments may name them as examples.
 */
const STORY_NAMES =
  /kursk|korea|pyongyang|dprk|russia|ukrain|kyiv|kiev|zelensk|putin|kirby|storm[\s-]*shadow|moscow|donbas|donetsk/i;

/** The code of a source file without its comments: every token's text, JSDoc and comments left out. */
function listCodeTokens(path: string, text: string): { readonly line: number; readonly text: string }[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const tokens: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(source);
    if (children.length > 0) {
      for (const child of children) visit(child);
      return;
    }
    const start = node.getStart(source);
    tokens.push({ line: source.getLineAndCharacterOfPosition(start).line + 1, text: node.getText(source) });
  };
  visit(source);
  return tokens;
}

describe('no story in the code', () => {
  it('names no story person, place or side in src/ outside comments', () => {
    const found = FILES.flatMap((file) =>
      listCodeTokens(file.path, file.text)
        .filter((token) => STORY_NAMES.test(token.text))
        .map((token) => `${file.path}:${token.line}: ${token.text.slice(0, 80)}`),
    );
    expect(found).toEqual([]);
  });

  it('sees a story name in code but not in a comment', () => {
    const code = "// Kursk in a comment\n/** Putin in JSDoc */\nconst a = 'fine';\nconst b = /Zelensky/;\n";
    expect(listCodeTokens('x.ts', code).filter((token) => STORY_NAMES.test(token.text))).toEqual([
      { line: 4, text: '/Zelensky/' },
    ]);
  });
});
