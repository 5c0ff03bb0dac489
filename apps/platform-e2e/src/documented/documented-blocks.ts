// The shell blocks of a markdown document, as apps/platform-e2e/src/documented/documented-commands.e2e.spec.ts runs them.
//
// Conventions (README.md, docs/runbook.md):
// - a fenced block tagged `bash`, `sh` or `shell` is a command block, run as one bash script;
// - `<!-- not-run: <reason> -->` on the line before a command block: not run; the reason says why and
//   which test or CI step covers it instead;
// - `<!-- expected-output -->` before a `text` block right after a command block: each of its lines must
//   match a line of the command's output, in order, `…` standing for any text;
// - a command written inline (`npm run …`, `curl …`) must also appear in a command block, so none
//   escapes the test.

export interface CommandBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
  /** Why the block is not run; undefined for a block that is run. */
  notRun?: string;
  /** Lines the output must contain, in order (`…` = any text). */
  expectedOutput?: string[];
}

export interface DocumentBlocks {
  commands: CommandBlock[];
  /** Inline code spans that look like commands. */
  inlineCommands: InlineCommand[];
}

const SHELL = new Set(['bash', 'sh', 'shell']);
const MARKER = /^\s*<!--\s*([a-z-]+)\s*(?::\s*(.*?))?\s*-->\s*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/;
const INLINE_COMMAND = /^(npm (start|test|run)\b|temporal |java |curl |bash |node )/;

export interface InlineCommand {
  file: string;
  line: number;
  text: string;
}

export class DocumentError extends Error {}

export function parseDocument(file: string, markdown: string): DocumentBlocks {
  const lines = markdown.split('\n');
  const commands: CommandBlock[] = [];
  const inlineCommands: InlineCommand[] = [];
  let previousBlock: { kind: 'command'; block: CommandBlock } | { kind: 'other' } | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE.exec(lines[i]);
    if (!open) {
      for (const span of lines[i].matchAll(/`([^`]+)`/g)) {
        if (INLINE_COMMAND.test(span[1])) inlineCommands.push({ file, line: i + 1, text: span[1] });
      }
      continue;
    }
    const [, indent, fence, info] = open;
    const body: string[] = [];
    let j = i + 1;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    while (j < lines.length && !close.test(lines[j])) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
      j += 1;
    }
    if (j >= lines.length) throw new DocumentError(`${file}:${i + 1}: code block never closed`);
    const marker = markerBefore(lines, i);
    const where = `${file}:${i + 1}`;
    if (SHELL.has(info)) {
      const block: CommandBlock = { file, line: i + 1, code: body.join('\n') };
      if (marker?.name === 'not-run') {
        if (!marker.value) throw new DocumentError(`${where}: <!-- not-run: … --> needs a reason (what covers the block instead)`);
        block.notRun = marker.value;
      } else if (marker) {
        throw new DocumentError(`${where}: unknown marker "${marker.name}" before a command block (not-run: <reason>)`);
      }
      commands.push(block);
      previousBlock = { kind: 'command', block };
    } else {
      if (marker?.name === 'expected-output') {
        if (info !== 'text') throw new DocumentError(`${where}: an expected output is a \`text\` block`);
        if (previousBlock?.kind !== 'command') throw new DocumentError(`${where}: an expected output follows the command block it belongs to`);
        if (previousBlock.block.notRun) throw new DocumentError(`${where}: an expected output of a block that is not run would never be checked`);
        previousBlock.block.expectedOutput = body.filter((l) => l.trim() !== '');
      } else if (marker) {
        throw new DocumentError(`${where}: marker "${marker.name}" before a \`${info || 'untagged'}\` block, which is not a command block`);
      }
      previousBlock = { kind: 'other' };
    }
    i = j;
  }
  return { commands, inlineCommands };
}

/** The marker comment on the closest non-blank line before a fence, if any. */
function markerBefore(lines: string[], fenceIndex: number): { name: string; value?: string } | null {
  for (let k = fenceIndex - 1; k >= 0; k -= 1) {
    if (lines[k].trim() === '') continue;
    const match = MARKER.exec(lines[k]);
    return match ? { name: match[1], value: match[2]?.trim() || undefined } : null;
  }
  return null;
}

function wildcardRegex(pattern: string): RegExp {
  const parts = pattern
    .trim()
    .split('…')
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`, 's');
}

/** The expected lines not found in the output, in order (empty: the output matches). */
export function unmatchedExpectations(expected: string[], output: string): string[] {
  const lines = output.split('\n').map((l) => l.trim());
  let from = 0;
  for (let e = 0; e < expected.length; e += 1) {
    const regex = wildcardRegex(expected[e]);
    const at = lines.findIndex((line, index) => index >= from && regex.test(line));
    if (at < 0) return expected.slice(e);
    from = at + 1;
  }
  return [];
}

/** Inline commands that no command block (run or not) contains; `-s` and `…` are ignored. */
export function inlineCommandsOutsideBlocks(documents: DocumentBlocks[]): InlineCommand[] {
  const normalise = (text: string) => text.replace(/npm run -s /g, 'npm run ').replace(/\s+/g, ' ');
  const code = documents.flatMap((d) => d.commands.map((c) => normalise(c.code.replace(/\\\n/g, ' '))));
  return documents
    .flatMap((d) => d.inlineCommands)
    .filter(({ text }) => {
      const parts = normalise(text)
        .split('…')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const regex = new RegExp(parts.join('.*'));
      return !code.some((c) => regex.test(c));
    });
}
