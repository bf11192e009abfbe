import { describe, expect, it } from 'vitest';
import { charterProblems, EMPTY_CHARTER, type PmoService } from './pmo-charter.ts';

const service = (over: Partial<PmoService> = {}): PmoService => ({ key: 'portfolio_reporting', name: 'Portfolio reporting', kind: 'reporting', description: '', serviceLevel: 'By the 5th working day', audience: 'Executives', ...over });

describe('the PMO charter', () => {
  it('accepts the empty charter and a catalogue of distinct services', () => {
    expect(charterProblems(EMPTY_CHARTER)).toEqual([]);
    expect(charterProblems({ ...EMPTY_CHARTER, services: [service(), service({ key: 'health_checks', name: 'Health checks', kind: 'assurance' })] })).toEqual([]);
  });

  it('names a repeated key, a service without a name or a promise, and a portfolio named twice', () => {
    expect(charterProblems({ ...EMPTY_CHARTER, scopePortfolioIds: ['a', 'a'], services: [service(), service({ name: ' ', serviceLevel: '' }), service({ key: 'Bad Key' })] })).toEqual([
      { path: 'services[1].key', message: 'The service key "portfolio_reporting" is used twice; give each service its own.' },
      { path: 'services[1].name', message: 'Give the service a name, such as "Portfolio reporting".' },
      { path: 'services[1].serviceLevel', message: 'Say what "portfolio_reporting" promises, e.g. "within 2 working days", so its users know what to expect.' },
      { path: 'services[2].key', message: '"Bad Key" is not a service key: use a short lower-case word such as portfolio_reporting.' },
      { path: 'scopePortfolioIds', message: 'A portfolio is named twice in the scope; name each once.' },
    ]);
  });
});
