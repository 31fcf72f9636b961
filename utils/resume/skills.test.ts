import { describe, expect, it } from 'vitest';
import { labelledSkills, parseSkillsSection, uniqueSkills } from './skills';

describe('skills', () => {
  it('reads category lines, bullets, and lists split by commas, bars and semicolons', () => {
    expect(
      parseSkillsSection(['Languages: Go, Java', '• Kubernetes', 'SEO | Copywriting', 'Python; Scala', 'CI/CD (GitHub Actions, GitLab CI)', 'go']),
    ).toEqual(['Go', 'Java', 'Kubernetes', 'SEO', 'Copywriting', 'Python', 'Scala', 'CI/CD (GitHub Actions, GitLab CI)']);
  });

  it('takes labelled lists from anywhere, without LinkedIn links or sentences', () => {
    expect(
      labelledSkills([
        'Built the backend.',
        'Keywords: Ruby on Rails, Heroku, React.js, etc.',
        'Skills: Distributed Systems · Go · +3 skills',
        'API integrations: Stripe, Pusher',
        'Tools: a very long sentence that somebody wrote here instead of a list of tools at all',
      ]),
    ).toEqual(['Ruby on Rails', 'Heroku', 'React.js', 'Distributed Systems', 'Go']);
  });

  it('keeps the first spelling of each skill', () => {
    expect(uniqueSkills(['GitHub', 'github', 'Go'])).toEqual(['GitHub', 'Go']);
  });
});
