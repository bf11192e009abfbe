import { describe, expect, it } from 'vitest';
import { PREDICTIVE } from '../governance/default-predictive.ts';
import { reviewState } from './article-review.ts';
import { normaliseTag, searchArticles } from './article-search.ts';
import { linkProblems, linksTo } from './guidance-links.ts';

describe('article review state', () => {
  const published = (reviewDueOn: string | null) => ({ status: 'published' as const, reviewDueOn });
  it('flags an article past its review date as overdue, and one within 30 days as due soon', () => {
    expect(reviewState(published('2026-03-31'), '2026-04-01')).toBe('overdue');
    expect(reviewState(published('2026-03-31'), '2026-03-31')).toBe('due_soon');
    expect(reviewState(published('2026-04-30'), '2026-03-31')).toBe('due_soon');
    expect(reviewState(published('2026-05-01'), '2026-03-31')).toBe('current');
  });
  it('never flags a retired article nor one without a review date', () => {
    expect(reviewState({ status: 'retired', reviewDueOn: '2020-01-01' }, '2026-01-01')).toBe('retired');
    expect(reviewState(published(null), '2026-01-01')).toBe('not_scheduled');
  });
});

describe('article search', () => {
  const articles = [
    { title: 'Risk register template', tags: ['raid', 'template'] },
    { title: 'Gate review checklist', tags: ['governance', 'risk'] },
    { title: 'Écrire un plan de projet', tags: ['planning'] },
    { title: 'Lessons learned workshop', tags: ['closure', 'risk-review'] },
  ];
  it('ranks title matches above exact tags above partial tags, and needs every word', () => {
    expect(searchArticles(articles, 'risk').map((a) => a.title)).toEqual(['Risk register template', 'Gate review checklist', 'Lessons learned workshop']);
    expect(searchArticles(articles, 'risk template').map((a) => a.title)).toEqual(['Risk register template']);
    expect(searchArticles(articles, 'risk astrology')).toEqual([]);
  });
  it('finds words in the text below every title and tag match, at the start of a word only', () => {
    const withText = [
      { title: 'Gate review checklist', tags: ['governance'], body: 'Check the **business case**, the risk register and the baseline.' },
      { title: 'Baseline policy', tags: ['scheduling'], body: 'Save a baseline at every approved gate.' },
      { title: 'Status reporting', tags: ['reporting'], body: 'Weekly, with RAG and a narrative; no case studies.' },
    ];
    expect(searchArticles(withText, 'baseline').map((a) => a.title)).toEqual(['Baseline policy', 'Gate review checklist']);
    expect(searchArticles(withText, 'business case').map((a) => a.title)).toEqual(['Gate review checklist']);
    expect(searchArticles(withText, 'arrative')).toEqual([]);
    expect(searchArticles(withText, 'narrative').map((a) => a.title)).toEqual(['Status reporting']);
  });
  it('ignores case and accents, and returns everything for an empty query', () => {
    expect(searchArticles(articles, 'ECRIRE').map((a) => a.title)).toEqual(['Écrire un plan de projet']);
    expect(searchArticles(articles, '  ')).toHaveLength(4);
  });
  it('stores tags lower-case with hyphens', () => {
    expect(normaliseTag('  Best   Practice ')).toBe('best-practice');
  });
});

describe('guidance links', () => {
  const lookup = (key: string) => (key === 'predictive' ? PREDICTIVE : undefined);
  it('accepts a phase or a gate of the methodology', () => {
    expect(linkProblems([{ methodologyKey: 'predictive', phaseKey: 'plan', gateKey: null }, { methodologyKey: 'predictive', phaseKey: null, gateKey: 'approval_to_execute' }], lookup)).toEqual([]);
  });
  it('names an unknown methodology, phase or gate with the keys to use', () => {
    const problems = linkProblems([
      { methodologyKey: 'waterfall', phaseKey: 'plan', gateKey: null },
      { methodologyKey: 'predictive', phaseKey: 'plann', gateKey: null },
      { methodologyKey: 'predictive', phaseKey: null, gateKey: 'go' },
      { methodologyKey: 'predictive', phaseKey: 'plan', gateKey: 'approval_to_execute' },
    ], lookup);
    expect(problems).toEqual([
      { path: 'links[0].methodologyKey', message: 'there is no methodology "waterfall"' },
      { path: 'links[1].phaseKey', message: 'predictive has no phase "plann"; use one of initiate, plan, execute, close' },
      { path: 'links[2].gateKey', message: 'predictive has no gate "go"; use one of approval_to_plan, approval_to_execute, approval_to_close, closure' },
      { path: 'links[3]', message: 'name either a phase or a gate, not both and not neither' },
    ]);
  });
  it('refuses the same place twice', () => {
    const link = { methodologyKey: 'predictive', phaseKey: 'plan', gateKey: null };
    expect(linkProblems([link, link], lookup)).toEqual([{ path: 'links[1]', message: 'this place is linked twice; keep one link' }]);
  });
  it('matches a link to its phase or gate only within its methodology', () => {
    const gate = { methodologyKey: 'predictive', phaseKey: null, gateKey: 'closure' };
    expect(linksTo(gate, 'predictive', { phaseKey: 'close', gateKey: 'closure' })).toBe(true);
    expect(linksTo(gate, 'hybrid', { gateKey: 'closure' })).toBe(false);
    expect(linksTo(gate, 'predictive', { phaseKey: 'close', gateKey: null })).toBe(false);
  });
});
