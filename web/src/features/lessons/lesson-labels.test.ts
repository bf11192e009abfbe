import { describe, expect, it } from 'vitest';
import { reasonsOf } from './lesson-labels.ts';

describe('why a lesson is suggested', () => {
  it('names shared tags and objectives first, then similar words, then the methodology', () => {
    expect(reasonsOf({ sameMethodology: true, sharedTags: ['sap', 'vendor'], sharedObjectives: ['Cut cost'], textSimilarity: 0.3 }))
      .toEqual(['tags: sap, vendor', 'objective: Cut cost', 'similar description', 'same methodology']);
    expect(reasonsOf({ sameMethodology: false, sharedTags: [], sharedObjectives: [], textSimilarity: 0.2 })).toEqual(['similar description']);
  });
});
