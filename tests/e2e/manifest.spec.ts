// The built manifests ask for the browser versions the code needs: the newest first version
// among the features in build/min-versions.ts. Both builds are read (the same in either project).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MINIMUM } from '../../build/min-versions';
import { expect, test } from '../driver/fixture';
import { BUILDS } from '../driver/launch';

const manifest = (build: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(build, 'manifest.json'), 'utf8'));

test('the manifests ask for the versions that have every feature the code relies on', () => {
  const chrome = manifest(BUILDS.chromium);
  expect(chrome.minimum_chrome_version).toBe(MINIMUM.chrome);

  const firefox = manifest(BUILDS.firefox);
  expect(firefox.browser_specific_settings).toMatchObject({
    gecko: { strict_min_version: MINIMUM.firefox },
    gecko_android: { strict_min_version: MINIMUM.firefoxAndroid },
  });
});
