import { DocumentError, inlineCommandsOutsideBlocks, parseDocument, unmatchedExpectations } from './documented-blocks';

const fence = '```';

describe('documented blocks', () => {
  it('finds shell blocks, their not-run reasons and expected outputs, and ignores other blocks', () => {
    const doc = [
      '# Title',
      `${fence}bash`,
      'echo one',
      fence,
      '<!-- expected-output -->',
      `${fence}text`,
      'o…e',
      fence,
      '',
      '<!-- not-run: stops everything; covered by CI -->',
      '',
      `${fence}sh`,
      'npm run stop',
      fence,
      `${fence}`,
      'apps/   a tree, not a command',
      fence,
      '- a list item:',
      `  ${fence}bash`,
      '  node -e "1"',
      `  ${fence}`,
    ].join('\n');
    const { commands } = parseDocument('doc.md', doc);
    expect(commands).toEqual([
      { file: 'doc.md', line: 2, code: 'echo one', expectedOutput: ['o…e'] },
      { file: 'doc.md', line: 12, code: 'npm run stop', notRun: 'stops everything; covered by CI' },
      { file: 'doc.md', line: 19, code: 'node -e "1"' },
    ]);
  });

  it.each([
    ['a not-run marker without a reason', `<!-- not-run -->\n${fence}bash\nx\n${fence}`, /needs a reason/],
    ['an unknown marker', `<!-- skip: why -->\n${fence}bash\nx\n${fence}`, /unknown marker/],
    ['an expected output with no command before it', `<!-- expected-output -->\n${fence}text\nx\n${fence}`, /follows the command block/],
    [
      'an expected output of a block not run',
      `<!-- not-run: r -->\n${fence}bash\nx\n${fence}\n<!-- expected-output -->\n${fence}text\nx\n${fence}`,
      /never be checked/,
    ],
    ['a block never closed', `${fence}bash\nx`, /never closed/],
  ])('refuses %s', (_name, doc, message) => {
    expect(() => parseDocument('doc.md', doc)).toThrow(DocumentError);
    expect(() => parseDocument('doc.md', doc)).toThrow(message);
  });

  it('matches expected lines in order, … standing for any text, spaces at the ends ignored', () => {
    const output = '{"caseId":"c1","status":"submitted","x":1}\n  dlq-error: boom  \n3 messages in a.dead-letter\n';
    expect(unmatchedExpectations(['{"caseId":"…","status":"submitted",…}', 'dlq-error: …', '… messages in ….dead-letter'], output)).toEqual([]);
    expect(unmatchedExpectations(['dlq-error: …', '{"caseId":"…"…'], output)).toEqual(['{"caseId":"…"…']);
    expect(unmatchedExpectations(['409'], '4091\n')).toEqual(['409']);
    expect(unmatchedExpectations(['a.b'], 'axb\n')).toEqual(['a.b']);
  });

  it('names an inline command that no block contains', () => {
    const doc = parseDocument(
      'doc.md',
      [
        `Run \`npm run lag\` or \`npm run workflows -- …\` or \`npm run nope\`; \`GET /x\` is not a command.`,
        `${fence}bash`,
        'npm run -s lag',
        'npm run -s workflows -- --count \\',
        '  --query x',
        fence,
      ].join('\n'),
    );
    expect(inlineCommandsOutsideBlocks([doc])).toEqual([{ file: 'doc.md', line: 1, text: 'npm run nope' }]);
  });
});
