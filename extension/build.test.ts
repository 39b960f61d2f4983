// The built extension: what ships in which file. `npm test` builds first; alone, this builds too.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = import.meta.dirname;
const out = (browser: string, file: string): string => join(ROOT, '.output', `${browser}-mv3`, file);

describe.each(['chrome', 'firefox'])('the %s build', (browser) => {
  beforeAll(() => {
    if (!existsSync(out(browser, 'manifest.json'))) {
      execFileSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], { cwd: ROOT, stdio: 'pipe' });
    }
  }, 180_000);

  it('keeps content.js under 60 kB, without the checklist engine', () => {
    const content = out(browser, 'content-scripts/content.js');
    expect(statSync(content).size).toBeLessThan(60 * 1024);
    const code = readFileSync(content, 'utf8');
    // The engine's requirement catalogue and its rules are not in the content script.
    expect(code).not.toContain('stageplan.opbouw');
    expect(code).not.toContain('leerwerkovereenkomst.erkend-leerbedrijf');
  });

  it('ships the engine as its own file that the content script can load when the background is unreachable', () => {
    const engine = readFileSync(out(browser, 'checklist-engine.js'), 'utf8');
    expect(engine).toContain('stageplan.opbouw');
    const manifest = JSON.parse(readFileSync(out(browser, 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: Array<{ resources: string[] }>;
      host_permissions?: string[];
    };
    expect(manifest.web_accessible_resources?.flatMap((w) => w.resources)).toEqual(['checklist-engine.js']);
    // Host access at install time stays limited to this machine.
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });
});
