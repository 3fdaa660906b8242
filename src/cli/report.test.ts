import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../model/errors.ts';
import { describeError, exitStatus } from './report.ts';

const parseError = (() => { try { parseArgs({ args: ['--nope'], options: {} }); } catch (e) { return e; } })();

describe('describeError', () => {
  it.each([
    ['bad input, with file and line', new ClaimgraphError('E_INPUT_JSON', 'not JSON: Unexpected end', { file: '<stdin>', line: 3 }), {}, false,
      '<stdin>:3: not JSON: Unexpected end'],
    ['misuse, without a file', new ClaimgraphError('E_USAGE', 'no command given'), {}, false, 'no command given'],
    ['a message over several lines, kept on one', new ClaimgraphError('E_INPUT_FIELD', 'first\n  second\r\nthird', { file: 'a.txt' }), {}, false,
      'a.txt: first second third'],
    ['a bug, with the document it happened on', new RangeError('index out of range\n    at someFunction (x.ts:1:1)'), { file: 'in.jsonl', id: 'd7' }, false,
      'in.jsonl: document d7: internal error: RangeError: index out of range at someFunction (x.ts:1:1) (CLAIMGRAPH_DEBUG=1 shows the stack)'],
    ['a bug in debug mode (the stack goes on lines of its own)', new TypeError('x is undefined'), {}, true, 'internal error: TypeError: x is undefined'],
    ['something thrown that is not an Error', 'a string', {}, false, 'internal error: a string (CLAIMGRAPH_DEBUG=1 shows the stack)'],
    // Issue 16, item 8: a bad JSONL line or a file name with terminal escapes was echoed raw to stderr.
    ['escape sequences in a file name and in bad input, shown, not obeyed', new ClaimgraphError('E_INPUT_JSON', 'not JSON: Unexpected token \x1b]0;owned\x07 in "\x1b[2J\u009b\u202e"', { file: 'evil\x1b[2J.jsonl', line: 1 }), {}, false,
      'evil\\x1b[2J.jsonl:1: not JSON: Unexpected token \\x1b]0;owned\\x07 in "\\x1b[2J\\x9b\\u202e"'],
    ['a warning', new ClaimgraphError('W_INPUT_DUPLICATE', 'document "d" was already read in this run; this one replaces it', { file: 'a.jsonl' }), {}, false,
      'a.jsonl: warning: document "d" was already read in this run; this one replaces it'],
  ])('%s', (_name, error, where, debug, line) => {
    expect(describeError(error, where, debug)).toBe(line);
  });

  it('points a bad option to the help', () => {
    expect(describeError(parseError)).toMatch(/^Unknown option '--nope'.*\(see 'claimgraph --help'\)$/);
  });
});

describe('exitStatus', () => {
  it.each([
    ['bad input', new ClaimgraphError('E_INPUT_EMPTY', 'file is empty'), 1],
    ['a bad option', parseError, 1],
    ['a bug', new Error('boom'), 2],
  ])('%s -> %i', (_name, error, status) => expect(exitStatus(error)).toBe(status));
});
