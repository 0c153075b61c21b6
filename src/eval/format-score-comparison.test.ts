import { describe, expect, it } from 'vitest';
import { formatSetComparison } from './format-score-comparison.ts';
import { summarizeScores } from './summarize-scores.ts';

describe('formatSetComparison', () => {
  it('prints rules and rules+llm figures side by side with the change', () => {
    const empty = summarizeScores([]);
    const better = { ...empty, fieldAccuracy: { hits: 9, total: 10, value: 0.9 } };
    const text = formatSetComparison('corpus (text)', { ...empty, fieldAccuracy: { hits: 8, total: 10, value: 0.8 } }, better);
    expect(text).toContain('rules+llm');
    expect(text).toMatch(/field accuracy\s+0\.800\s+0\.900\s+\+0\.100/);
  });
});
