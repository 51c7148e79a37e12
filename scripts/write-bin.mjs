// tsc keeps the source layout (dist/src/cli.js); the published bin path is dist/cli.js.
import { writeFileSync, chmodSync } from 'node:fs';
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './src/cli.js';\n");
chmodSync('dist/cli.js', 0o755);
