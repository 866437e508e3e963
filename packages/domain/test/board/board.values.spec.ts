import { expect } from 'chai';
import {
  CommentContent,
  PostContent,
  PostTitle,
  ReportReason,
  SearchTerm,
  ValidationFailed,
  previewOf,
  BoardName,
  BoardDescription,
} from '../../src/index.js';
import { expectThrows } from './support.js';

describe('board value objects', () => {
  it('given a title of 1 to 100 characters, when parsed, then it is kept trimmed', () => {
    expect(PostTitle.parse('  Hello ')).to.equal('Hello');
    expect(PostTitle.parse('가'.repeat(100))).to.have.length(100);
  });

  it('given an empty, blank or 101-character title, when parsed, then VALIDATION_FAILED names title', () => {
    for (const bad of ['', '   ', 'a'.repeat(101)]) {
      expectThrows(() => PostTitle.parse(bad), ValidationFailed, 'VALIDATION_FAILED');
    }
    try {
      PostTitle.parse('');
    } catch (error) {
      expect((error as ValidationFailed).details?.[0]?.path).to.equal('title');
    }
  });

  it('given emoji, when lengths are checked, then characters are counted, not UTF-16 units', () => {
    expect(PostTitle.parse('😀'.repeat(100))).to.have.length(200);
    expectThrows(() => PostTitle.parse('😀'.repeat(101)), ValidationFailed, 'VALIDATION_FAILED');
  });

  it('given post content, when parsed, then 1 to 10000 characters are accepted', () => {
    expect(PostContent.parse('x'.repeat(10_000))).to.have.length(10_000);
    expectThrows(() => PostContent.parse('x'.repeat(10_001)), ValidationFailed, 'VALIDATION_FAILED');
    expectThrows(() => PostContent.parse(' \n '), ValidationFailed, 'VALIDATION_FAILED');
  });

  it('given comment content, when parsed, then 1 to 300 characters are accepted', () => {
    expect(CommentContent.parse('x'.repeat(300))).to.have.length(300);
    expectThrows(() => CommentContent.parse('x'.repeat(301)), ValidationFailed, 'VALIDATION_FAILED');
    expectThrows(() => CommentContent.parse(''), ValidationFailed, 'VALIDATION_FAILED');
  });

  it('given board names and descriptions, when parsed, then names need 1 to 30 and descriptions at most 200', () => {
    expect(BoardName.parse(' 자유게시판 ')).to.equal('자유게시판');
    expectThrows(() => BoardName.parse(' '), ValidationFailed, 'VALIDATION_FAILED');
    expect(BoardDescription.parse('')).to.equal('');
    expectThrows(() => BoardDescription.parse('x'.repeat(201)), ValidationFailed, 'VALIDATION_FAILED');
  });

  it('given each report reason of the API, when parsed, then it is accepted; anything else is not', () => {
    for (const reason of ['off_topic', 'abuse', 'obscene', 'advertising', 'fraud', 'spam', 'politics']) {
      expect(ReportReason.parse(reason)).to.equal(reason);
    }
    expectThrows(() => ReportReason.parse('boring'), ValidationFailed, 'VALIDATION_FAILED');
    expectThrows(() => ReportReason.parse('SPAM'), ValidationFailed, 'VALIDATION_FAILED');
  });

  it('given a search term, when parsed, then 2 to 50 characters are accepted', () => {
    expect(SearchTerm.parse('ab')).to.equal('ab');
    expect(SearchTerm.parse('%_')).to.equal('%_');
    expectThrows(() => SearchTerm.parse('a'), ValidationFailed, 'VALIDATION_FAILED');
    expectThrows(() => SearchTerm.parse('a'.repeat(51)), ValidationFailed, 'VALIDATION_FAILED');
  });

  it('given long content, when previewed, then the first 100 characters are kept whole', () => {
    expect(previewOf('short')).to.equal('short');
    expect(previewOf('a'.repeat(150))).to.equal('a'.repeat(100));
    expect(previewOf('😀'.repeat(150))).to.equal('😀'.repeat(100));
  });
});
