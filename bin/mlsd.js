#!/usr/bin/env node
// The CLI is built to plain JavaScript (npm run build:cli, run by prepare and prepack): no TypeScript at run time.
import '../dist-cli/mlsd.js';
